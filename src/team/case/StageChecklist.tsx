import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { touchpointBoxes, touchpointDay, type TouchpointDateError } from '~/core/cases/touchpoint-day';
import { DateInputs } from '~/ui/questions/DateInputs';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { describedBy } from '~/ui/form/Hint';
import type { ChecklistStage, InvestigatorChecklists } from '~/core/cases/checklists';
import type { TouchpointId } from '~/core/cases/touchpoints';
import type { Locale } from '~/i18n/locales';
import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import { pageUrl } from '~/i18n/urls';
import type { HeadingLevel } from '~/team/family/FamilyAnswersView';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

type Dates = Readonly<Partial<Record<TouchpointId, string | undefined>>>;

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
  dates: Dates;
  /** The stage's dates, checked, when the team saves them (undefined: cleared). Without it they cannot be changed. */
  onDates?: (dates: Partial<Record<TouchpointId, string | undefined>>) => void;
  /** The problems of the last save, for the page's error summary ([] once they are put right). */
  onErrors?: (errors: SummaryError[]) => void;
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
  onDates,
  onErrors,
}: Pick<Props, 't' | 'lang' | 'dates' | 'onDates' | 'onErrors'> & { stage: ChecklistStage }) {
  const c = (key: KeysUnder<'checklist:'>, options?: TranslateOptions) => t(`checklist:${key}`, options);
  const ids = stage.touchpoints.map((touchpoint) => touchpoint.id);
  // What is in the boxes: the kept dates until someone types; kept when a save finds a problem.
  const [boxes, setBoxes] = useState(() => Object.fromEntries(ids.map((id) => [id, touchpointBoxes(dates[id])])));
  const [problems, setProblems] = useState<Partial<Record<TouchpointId, TouchpointDateError>>>({});
  const [saved, setSaved] = useState(false);
  const save = (event: Event) => {
    event.preventDefault();
    const now = new Date();
    const found: Partial<Record<TouchpointId, TouchpointDateError>> = {};
    const next: Partial<Record<TouchpointId, string | undefined>> = {};
    for (const id of ids) {
      const result = touchpointDay(boxes[id] ?? {}, now);
      if (result.ok) next[id] = result.day;
      else found[id] = result.error;
    }
    setProblems(found);
    const labels = new Map(stage.touchpoints.map(({ id, label }) => [id, label]));
    const summary = ids.flatMap((id) => {
      const problem = found[id];
      return problem
        ? [
            {
              href: `#touchpoint-${id}-${problem.field}`,
              text: c(`dateErrors.${problem.code}`, { touchpoint: labels.get(id) }),
            },
          ]
        : [];
    });
    onErrors?.(summary);
    setSaved(summary.length === 0);
    if (summary.length === 0) onDates?.(next);
  };
  return (
    <form noValidate onSubmit={save}>
      <p class="ltw-hint ltw-checklist__hint ltw-no-print" id={`touchpoints-${stage.stage}-hint`}>
        {c('dateHint')}
      </p>
      <ul class="ltw-checklist__touchpoints">
        {stage.touchpoints.map(({ id, label }) => {
          const inputId = `touchpoint-${id}`;
          const onPaper = paperDate(dates[id], lang);
          const problem = problems[id];
          const error = problem && c(`dateErrors.${problem.code}`, { touchpoint: label });
          return (
            <li class="ltw-checklist__touchpoint" key={id}>
              {/* A box to tick on paper; on screen only a tick once a date is saved, which the date boxes also say. */}
              <span
                class={onPaper ? 'ltw-checklist__box ltw-checklist__box--done' : 'ltw-checklist__box'}
                aria-hidden="true"
              >
                {onPaper ? '✓' : ''}
              </span>
              <span class="ltw-checklist__touchpoint-label">{label}</span>
              <fieldset
                class={`ltw-fieldset ltw-checklist__date ltw-no-print${error ? ' ltw-form-group--error' : ''}`}
                aria-describedby={describedBy(`touchpoints-${stage.stage}-hint`, error && `${inputId}-error`)}
              >
                <legend class="ltw-checklist__date-label">
                  {c('date')}
                  <span class="ltw-visually-hidden">: {label}</span>
                </legend>
                <ErrorMessage id={`${inputId}-error`} prefix={t('ui:errorPrefix')} text={error} />
                <DateInputs
                  id={inputId}
                  value={boxes[id]}
                  errorField={problem?.field}
                  t={t}
                  onChange={(value) => {
                    setSaved(false);
                    setBoxes((current) => ({ ...current, [id]: value }));
                  }}
                />
              </fieldset>
              <span class="ltw-print-only ltw-checklist__date-paper">
                {onPaper ?? <span class="ltw-checklist__write-line" />}
              </span>
            </li>
          );
        })}
      </ul>
      {onDates && (
        <div class="ltw-button-group ltw-no-print">
          <button type="submit" class="ltw-button ltw-button--secondary">
            {c('saveDates')}
          </button>
          <p role="status" class="ltw-checklist__saved">
            {saved ? c('datesSaved') : ''}
          </p>
        </div>
      )}
    </form>
  );
}

/**
 * One stage's checklist for the investigation team, made to print on one A4 page: what to do, what to
 * record, the touchpoints with a box and a date (a date field on screen, the date or a line to write on
 * on paper) and, for stage 1, the first-call guide and what families may ask. Its words are the trust's
 * content (content/investigator/); the full guidance page is linked, not repeated.
 */
export function StageChecklist(props: Props) {
  const { checklists, stage: number, t, locale, lang, dates, onDates, onErrors, level = 2, headingRef } = props;
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
      {/* The Accessible Information Standard's review step, on every stage, before anything else to do. */}
      <div class="ltw-checklist__review">
        <Part id={id('review')}>{c('reviewNeeds')}</Part>
        <p>{stage.reviewNeeds}</p>
      </div>
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
        <Touchpoints stage={stage} t={t} lang={lang} dates={dates} onDates={onDates} onErrors={onErrors} />
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
