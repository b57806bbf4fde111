import { useState } from 'preact/hooks';
import type { AgreementModel } from '../../agreement/model';
import { buildAgreementModel, type AgreementInputs } from '../../agreement/build-model';
import { matchSignposts } from '../../wizard/signposts';
import { pageLink, type PageProps } from '../wizard/page-props';
import { AgreementView } from './AgreementView';

export interface AgreementPageProps extends PageProps {
  /** Trust details the agreement names (the support page as a full address, since it may be printed). */
  details: Pick<AgreementInputs, 'organisation' | 'pals' | 'supportUrl'>;
  /** Makes the PDF and starts its download; loaded only when asked for (pdf-lib is large). */
  createPdf: (model: AgreementModel) => Promise<void>;
  blankLinks: { pdf: string; pdfLarge: string; html: string };
}

type PdfState = 'idle' | 'creating' | 'ready' | 'failed';

/** Prints once every section is on the page (they are drawn a few at a time as the page opens). */
function printWhenComplete() {
  if (document.querySelector('.ltw-agreement[aria-busy="false"]')) window.print();
  else requestAnimationFrame(printWhenComplete);
}
// The button stays enabled while the PDF is made (a disabled button drops keyboard focus); repeat presses are ignored.

/** The agreement as a page (the accessible version), with print, large print and PDF, in the family's or the team's copy. */
export function AgreementPage(props: AgreementPageProps) {
  const { context, t, locale, headingRef, details, createPdf, blankLinks } = props;
  const [largePrint, setLargePrint] = useState(false);
  const [teamCopy, setTeamCopy] = useState(false);
  const [pdf, setPdf] = useState<PdfState>('idle');
  const copy = teamCopy
    ? ({ for: 'team', includePrivate: context.privateOnTeamCopy } as const)
    : ({ for: 'family' } as const);
  const model = buildAgreementModel(context.answers, {
    t,
    lang: locale,
    largePrint,
    now: new Date(),
    copy,
    signposting: matchSignposts(props.signposts, context.answers),
    ...details,
  });
  const a = (key: string) => t(`page.${key}`, { ns: 'agreement' });
  const makePdf = async () => {
    setPdf('creating');
    try {
      await createPdf(model);
      setPdf('ready');
    } catch {
      setPdf('failed');
    }
  };
  return (
    <>
      <AgreementView model={model} headingRef={headingRef} progressive>
        <p class="ltw-no-print ltw-agreement-actions">{a('intro')}</p>
        <div class="ltw-agreement-actions">
          {context.privateOnTeamCopy && (
            <fieldset class="ltw-fieldset ltw-form-group">
              <legend class="ltw-fieldset__legend">{a('whichCopy')}</legend>
              <div class="ltw-choices ltw-choices--small">
                <div class="ltw-choices__item">
                  <input
                    class="ltw-choices__input"
                    type="radio"
                    name="copy"
                    id="copy-family"
                    checked={!teamCopy}
                    onChange={() => setTeamCopy(false)}
                  />
                  <label class="ltw-choices__label" for="copy-family">
                    {a('familyCopy')}
                  </label>
                </div>
                <div class="ltw-choices__item">
                  <input
                    class="ltw-choices__input"
                    type="radio"
                    name="copy"
                    id="copy-team"
                    checked={teamCopy}
                    onChange={() => setTeamCopy(true)}
                  />
                  <label class="ltw-choices__label" for="copy-team">
                    {a('teamCopy')}
                  </label>
                </div>
              </div>
            </fieldset>
          )}
          <div class="ltw-choices ltw-choices--small">
            <div class="ltw-choices__item">
              <input
                class="ltw-choices__input"
                type="checkbox"
                id="large-print"
                checked={largePrint}
                onChange={(e) => setLargePrint(e.currentTarget.checked)}
              />
              <label class="ltw-choices__label" for="large-print">
                {a('largePrint')}
              </label>
            </div>
          </div>
          <div class="ltw-button-group">
            <button type="button" class="ltw-button" onClick={printWhenComplete}>
              {a('print')}
            </button>
            <button
              type="button"
              class="ltw-button ltw-button--secondary"
              onClick={pdf === 'creating' ? undefined : makePdf}
              aria-disabled={pdf === 'creating'}
            >
              {a('downloadPdf')}
            </button>
          </div>
          <p role="status" class="ltw-agreement-actions__status">
            {pdf === 'creating' && a('creatingPdf')}
            {pdf === 'ready' && a('pdfReady')}
            {pdf === 'failed' && a('pdfFailed')}
          </p>
        </div>
      </AgreementView>
      <div class="ltw-agreement-links">
        <p>
          <a {...pageLink(props, { page: 'all-answers' })}>{a('changeAnswers')}</a>
        </p>
        <p>
          <a {...pageLink(props, { page: 'task-list' })}>{a('backToTasks')}</a>
        </p>
        <h2>{a('blankLinks')}</h2>
        <ul>
          <li>
            <a href={blankLinks.pdf}>{a('blankPdf')}</a>
          </li>
          <li>
            <a href={blankLinks.pdfLarge}>{a('blankPdfLarge')}</a>
          </li>
          <li>
            <a href={blankLinks.html}>{a('blankHtml')}</a>
          </li>
        </ul>
      </div>
    </>
  );
}
