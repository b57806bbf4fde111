import { useEffect, useRef, useState } from 'preact/hooks';
import type { PdfOutcome } from '~/core/pdf/outcome';
import type { AgreementModel } from '~/core/agreement/model';
import { buildAgreementModel, type AgreementInputs } from '~/core/agreement/build-model';
import { matchSignposts } from '~/core/journey/signposts';
import { pageLink, type PageProps } from '~/ui/page-props';
import { AgreementView } from '~/ui/agreement/AgreementView';
import { printWhenComplete } from './DocumentActions';
import { WordDownload } from '~/ui/agreement/WordDownload';
import { RadioItems } from '~/ui/form/RadioItems';
import { Checkbox } from '~/ui/form/Checkbox';
import { useSavedTeam } from '~/family/link/use-saved-team';
import { bilingualModel } from '~/core/agreement/bilingual';
import { askedFormats, documentsAsked, formatsInOrder } from '~/core/agreement/formats';
import { useSecondLanguage, type SecondLanguage } from './use-second-language';
import { EasyReadFormat } from './EasyReadFormat';
import { BrailleDownload } from './BrailleDownload';
import { OtherFormats } from './OtherFormats';
import { UndrawableWarning } from './UndrawableWarning';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

export interface AgreementPageProps extends PageProps {
  /** Trust details the agreement names (the support page as a full address, since it may be printed). */
  details: Pick<AgreementInputs, 'organisation' | 'pals' | 'supportUrl'>;
  /**
   * Makes the PDF and starts its download; loaded only when asked for (pdf-lib is large). It calls
   * `onFetchingFonts` first when the writing needs fonts fetched (Arabic, Chinese...), which can take a while.
   */
  createPdf: (model: AgreementModel, onFetchingFonts: () => void) => Promise<PdfOutcome>;
  blankLinks: {
    pdf: string;
    pdfLarge: string;
    html: string;
    pdfBilingual?: string;
    pdfBilingualLarge?: string;
    /** The bilingual forms are this (community) language and English, not Welsh and English. */
    withEnglish?: boolean;
  };
  /** The other language this agreement can also be made in, side by side with this one's (Welsh and English). */
  secondLanguage?: SecondLanguage;
}

const downloadWord = (model: AgreementModel) =>
  import('~/browser/word-download').then((word) => word.downloadAgreementWord(model));

type PdfState = 'idle' | 'creating' | 'fetchingFonts' | 'ready' | 'failed' | 'fontsUnavailable' | 'undrawable';

// The button stays enabled while the PDF is made (a disabled button drops keyboard focus); repeat presses are ignored.

/** The agreement as a page (the accessible version), with print, large print and PDF, in the family's or the team's copy. */
export function AgreementPage(props: AgreementPageProps) {
  const { context, t, locale, headingRef, details, createPdf, blankLinks, secondLanguage } = props;
  // The formats the family asked for in stage 1 come first: large print offered before standard print is chosen.
  const offered = formatsInOrder(askedFormats(context.answers));
  const askedLargePrint = offered.indexOf('large-print') < offered.indexOf('pdf');
  const [largePrint, setLargePrint] = useState(askedLargePrint);
  const [bilingual, setBilingual] = useState(false);
  const second = useSecondLanguage(secondLanguage, bilingual);
  const [teamCopy, setTeamCopy] = useState(false);
  const [pdf, setPdf] = useState<PdfState>('idle');
  const [undrawable, setUndrawable] = useState<string[]>([]);
  const warningRef = useRef<HTMLHeadingElement>(null);
  // The team's details the family confirmed from their link fill in the agreement's team fields.
  const team = useSavedTeam();
  useEffect(() => {
    if (pdf === 'undrawable') warningRef.current?.focus();
  }, [pdf]);
  const copy = teamCopy
    ? ({ for: 'team', includePrivate: context.privateOnTeamCopy } as const)
    : ({ for: 'family' } as const);
  const inputsIn = (words: typeof t, lang: string): AgreementInputs => ({
    t: words,
    lang,
    largePrint,
    now: new Date(),
    copy,
    signposting: matchSignposts(props.signposts, context.answers),
    ...details,
    ...(team ? { caseDetails: team.fields } : {}),
  });
  const modelIn = (words: typeof t, lang: string) => buildAgreementModel(context.answers, inputsIn(words, lang));
  const own = modelIn(t, locale);
  const other = second.state === 'ready' && secondLanguage ? modelIn(second.t, secondLanguage.lang) : undefined;
  const model = other ? (secondLanguage!.goesFirst ? bilingualModel(other, own) : bilingualModel(own, other)) : own;
  const a = (key: KeysUnder<'agreement:page.'>, options: TranslateOptions = {}) => t(`agreement:page.${key}`, options);
  const making = pdf === 'creating' || pdf === 'fetchingFonts';
  const makePdf = async () => {
    setPdf('creating');
    try {
      const outcome = await createPdf(model, () => setPdf('fetchingFonts'));
      if (!outcome.ok) setUndrawable(outcome.undrawable);
      setPdf(outcome.ok ? 'ready' : 'undrawable');
    } catch (error) {
      setPdf(error instanceof ScriptFilesUnavailable ? 'fontsUnavailable' : 'failed');
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
              <RadioItems
                name="copy"
                small
                options={[
                  { id: 'family', label: a('familyCopy') },
                  { id: 'team', label: a('teamCopy') },
                ]}
                value={teamCopy ? 'team' : 'family'}
                onChange={(id) => setTeamCopy(id === 'team')}
              />
            </fieldset>
          )}
          <div class="ltw-choices ltw-choices--small">
            <Checkbox
              id="large-print"
              label={a('largePrint')}
              hint={askedLargePrint ? a('askedLargePrint') : undefined}
              checked={largePrint}
              onChange={setLargePrint}
            />
            {secondLanguage && (
              <Checkbox
                id="bilingual"
                label={a('bilingual', { language: secondLanguage.label })}
                checked={bilingual}
                onChange={setBilingual}
              />
            )}
          </div>
          {second.state === 'loading' && <p role="status">{a('bilingualLoading')}</p>}
          {second.state === 'failed' && (
            <p role="alert" class="ltw-error-message">
              {a('bilingualFailed', { language: secondLanguage!.label })}
            </p>
          )}
          <div class="ltw-button-group">
            <button type="button" class="ltw-button" onClick={printWhenComplete}>
              {a('print')}
            </button>
            <button
              type="button"
              class="ltw-button ltw-button--secondary"
              onClick={making ? undefined : makePdf}
              aria-disabled={making}
            >
              {a('downloadPdf')}
            </button>
          </div>
          <p role="status" class="ltw-agreement-actions__status">
            {pdf === 'creating' && a('creatingPdf')}
            {pdf === 'fetchingFonts' && a('fetchingFonts')}
            {pdf === 'ready' && a('pdfReady')}
            {pdf === 'failed' && a('pdfFailed')}
            {pdf === 'fontsUnavailable' && a('fontsUnavailable')}
          </p>
          {pdf === 'undrawable' && (
            <UndrawableWarning
              t={t}
              lang={model.lang}
              words={undrawable}
              headingRef={warningRef}
              onPrint={printWhenComplete}
            />
          )}
          <OtherFormats
            t={t}
            order={offered}
            asked={documentsAsked(askedFormats(context.answers))}
            views={{
              'easy-read': (
                <EasyReadFormat
                  answers={context.answers}
                  inputs={inputsIn(t, locale)}
                  wordsUrl={`${props.siteBase}wizard/easy-read.json`}
                />
              ),
              word: <WordDownload model={model} t={t} download={downloadWord} />,
              braille: <BrailleDownload model={model} t={t} />,
            }}
          />
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
          {blankLinks.pdfBilingual && (
            <li>
              <a href={blankLinks.pdfBilingual}>
                {a(blankLinks.withEnglish ? 'blankPdfWithEnglish' : 'blankPdfBilingual')}
              </a>
            </li>
          )}
          {blankLinks.pdfBilingualLarge && (
            <li>
              <a href={blankLinks.pdfBilingualLarge}>
                {a(blankLinks.withEnglish ? 'blankPdfWithEnglishLarge' : 'blankPdfBilingualLarge')}
              </a>
            </li>
          )}
        </ul>
      </div>
    </>
  );
}
