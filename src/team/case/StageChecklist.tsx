import type { RefObject } from 'preact';
import type { ChecklistStage, InvestigatorChecklists } from '~/core/cases/checklists';
import type { TouchpointId } from '~/core/cases/touchpoints';
import type { Locale } from '~/i18n/locales';
import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import { pageUrl } from '~/i18n/urls';
import type { HeadingLevel } from '~/team/family/FamilyAnswersView';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

interface Props {
  /** content/investigator/<locale>.yaml, from investigatorChecklists(locale). */
  checklists: InvestigatorChecklists;
  /** Which stage, 1 to 5. */
  stage: number;
  t: Translate;
  locale: Locale;
  /** BCP 47 language, for dates. */
  lang: string;
  /** The date each touchpoint happened (yyyy-mm-dd), if it has. */
  dates: Readonly<Partial<Record<TouchpointId, string | undefined>>>;
  /** A touchpoint's date was entered or changed ('' when cleared). Without it the dates cannot be changed. */
  onDate?: (id: TouchpointId, isoDate: string) => void;
  /** The stage name is a heading of this level, its parts one level below; 1 when it is the page. */
  level?: HeadingLevel | 1;
  /** When the checklist is the page: its h1, focused when the page changes. */
  headingRef?: RefObject<HTMLHeadingElement>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd as "4 March 2025", or undefined for anything else. Read as a calendar day, never shifted by a time zone. */
function paperDate(iso: string | undefined, lang: string): string | undefined {
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return undefined;
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function Touchpoints({
  stage,
  t,
  lang,
  dates,
  onDate,
}: Pick<Props, 't' | 'lang' | 'dates' | 'onDate'> & { stage: ChecklistStage }) {
  const c = (key: KeysUnder<'checklist:'>) => t(`checklist:${key}`);
  return (
    <ul class="ltw-checklist__touchpoints">
      {stage.touchpoints.map(({ id, label }) => {
        const inputId = `touchpoint-${id}`;
        const onPaper = paperDate(dates[id], lang);
        return (
          <li class="ltw-checklist__touchpoint" key={id}>
            {/* A box to tick on paper; on screen only a tick once a date is set, which the date field also says. */}
            <span
              class={onPaper ? 'ltw-checklist__box ltw-checklist__box--done' : 'ltw-checklist__box'}
              aria-hidden="true"
            >
              {onPaper ? '✓' : ''}
            </span>
            <span class="ltw-checklist__touchpoint-label">{label}</span>
            <span class="ltw-checklist__date">
              <label class="ltw-checklist__date-label" for={inputId}>
                {c('date')}
                <span class="ltw-visually-hidden">: {label}</span>
              </label>
              <input
                class="ltw-input ltw-checklist__date-input ltw-no-print"
                id={inputId}
                type="date"
                value={dates[id] ?? ''}
                readOnly={!onDate}
                onChange={(event) => onDate?.(id, event.currentTarget.value)}
              />
              <span class="ltw-print-only ltw-checklist__date-paper">
                {onPaper ?? <span class="ltw-checklist__write-line" />}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One stage's checklist for the investigation team, made to print on one A4 page: what to do, what to
 * record, the touchpoints with a box and a date (a date field on screen, the date or a line to write on
 * on paper) and, for stage 1, the first-call guide and what families may ask. Its words are the trust's
 * content (content/investigator/); the full guidance page is linked, not repeated.
 */
export function StageChecklist(props: Props) {
  const { checklists, stage: number, t, locale, lang, dates, onDate, level = 2, headingRef } = props;
  const stage = checklists.stages.find((s) => s.stage === number);
  if (!stage) return null;
  const c = (key: KeysUnder<'checklist:'>, options: TranslateOptions = {}) => t(`checklist:${key}`, options);
  const Heading = `h${level}` as 'h2';
  const Part = `h${level + 1}` as 'h3';
  const id = (part: string) => `checklist-${number}-${part}`;
  return (
    <article class="ltw-checklist" aria-labelledby={id('title')}>
      <p class="ltw-checklist__caption">{c('caption')}</p>
      <Heading class="ltw-checklist__title" id={id('title')} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {c('heading', { number, title: stage.title })}
      </Heading>
      <p class="ltw-checklist__guidance ltw-no-print">
        <a href={pageUrl(locale, stage.guidance)}>{c('guidance', { number })}</a>
      </p>
      <div class="ltw-checklist__columns">
        <div>
          <Part id={id('do')}>{c('do')}</Part>
          <ul class="ltw-checklist__lines">
            {stage.do.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
        <div>
          <Part id={id('record')}>{c('record')}</Part>
          <ul class="ltw-checklist__lines">
            {stage.record.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      </div>
      <div class="ltw-checklist__touchpoint-section">
        <Part id={id('touchpoints')}>{c('touchpoints')}</Part>
        <p class="ltw-hint ltw-checklist__hint ltw-no-print">{c('touchpointsHint')}</p>
        <p class="ltw-hint ltw-checklist__hint ltw-print-only">{c('touchpointsHintPaper')}</p>
        <Touchpoints stage={stage} t={t} lang={lang} dates={dates} onDate={onDate} />
      </div>
      {number === 1 && (
        <div class="ltw-checklist__columns">
          <div>
            <Part id={id('first-call')}>{c('firstCall')}</Part>
            <p class="ltw-hint ltw-checklist__hint">{c('firstCallHint')}</p>
            <ol class="ltw-checklist__lines ltw-checklist__lines--numbered">
              {checklists.firstCall.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ol>
          </div>
          <div>
            <Part id={id('questions')}>{c('questions')}</Part>
            <p class="ltw-hint ltw-checklist__hint">{c('questionsHint')}</p>
            <ul class="ltw-checklist__lines">
              {checklists.questionsFamiliesMayAsk.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </article>
  );
}
