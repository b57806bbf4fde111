import { useEffect, useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { PAPER_SECTIONS, answersFromPaper, memberFromPaper } from '~/core/cases/paper-form';
import type { AnswerValue, QuestionType } from '~/core/journey/schema';
import type { DateAnswer } from '~/core/questions/date/rules';
import { errorText, questionWords } from '~/core/questions/question-words';
import { errorTarget } from '~/core/questions/rules';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { COMPONENTS, type ComponentEntry } from '~/ui/questions/components';
import { QuestionHeadingLevel } from '~/ui/questions/Headings';
import type { QuestionProps } from '~/ui/questions/question-props';
import { ExactDayField, exactDayFrom } from '~/team/people/ExactDayField';
import type { CaseViewProps } from '~/team/view-props';

type Components = Partial<Record<QuestionType, FunctionComponent<QuestionProps<QuestionType>>>>;

/** Each question type on the form, its component loaded once (the wizard loads them one page at a time). */
function usePaperComponents(): Components | null {
  const [components, setComponents] = useState<Components | null>(null);
  useEffect(() => {
    const types = [...new Set(PAPER_SECTIONS.flatMap((s) => s.questions.map((q) => q.type)))];
    void Promise.all(
      types.map(async (type) => {
        const entry = COMPONENTS[type] as ComponentEntry<QuestionType>;
        return [type, 'ready' in entry ? entry.ready : await entry.load()] as const;
      }),
    ).then((loaded) => setComponents(Object.fromEntries(loaded)));
  }, []);
  return components;
}

/**
 * A family member's paper form, typed in by the team: the form's own sections and questions, in its
 * order, with the wizard's question components. Saved as one family member, marked as typed in from
 * paper, so their answers, the agreement and the next update work as for an answers file.
 */
export function PaperEntryView(props: CaseViewProps) {
  const { t, stored, lang, workingAs } = props;
  const { record } = stored;
  const components = usePaperComponents();
  const [typed, setTyped] = useState<Record<string, AnswerValue | undefined>>({});
  const [formDate, setFormDate] = useState<DateAnswer>({});
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [dateError, setDateError] = useState<{ field: string; message: string }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The paper form's wording: the same words whatever is typed, so the page reads as the sheet does.
  const words = questionWords(t, {}, lang);

  const submit = () => {
    const now = new Date();
    const day = exactDayFrom(formDate, t, now, {
      missing: t('investigator:paper.dateMissing'),
      future: t('investigator:paper.dateFuture'),
    });
    const read = answersFromPaper(typed, now);
    const problems: { href: string; text: string; key: string }[] = [];
    if (!day.ok) problems.push({ href: `#paper-date-${day.field || 'day'}`, text: day.message, key: 'paper-date' });
    if (!read.ok)
      for (const { question, error } of read.problems)
        problems.push({
          href: `#${errorTarget(question, error.field)}`,
          text: errorText(words, question, error),
          key: `${question.id}:${error.field}`,
        });
    if (read.ok && read.count === 0)
      problems.push({ href: '#who-is-filling-in', text: t('investigator:paper.nothing'), key: 'nothing' });
    setDateError(day.ok ? undefined : { field: day.field, message: day.message });
    setFieldErrors(Object.fromEntries(problems.map((p) => [p.key, p.text])));
    setErrors(problems.map(({ href, text }) => ({ href, text })));
    if (problems.length || !day.ok || !read.ok) return;
    const member = memberFromPaper(read.answers, workingAs, day.iso, now);
    if (props.save({ ...record, families: [...record.families, member] }))
      props.go({ view: 'family', caseId: record.id, familyId: member.id }, true);
  };

  return props.page({
    heading: t('investigator:paper.title'),
    back: { view: 'case', caseId: record.id },
    errors,
    children: (
      <>
        <p>{t('investigator:paper.intro')}</p>
        <p>{t('investigator:paper.blanks')}</p>
        {!components ? (
          <p class="ltw-loading">{t('ui:loading')}</p>
        ) : (
          <form
            noValidate
            class="ltw-paper-form"
            data-paper-form
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <ExactDayField
              id="paper-date"
              t={t}
              legend={t('investigator:paper.date')}
              hint={t('investigator:paper.dateHint')}
              error={dateError}
              value={formDate}
              onChange={setFormDate}
            />
            <QuestionHeadingLevel.Provider value="h3">
              {PAPER_SECTIONS.map((section) => (
                <section key={section.id} class="ltw-section" aria-labelledby={`paper-${section.id}`}>
                  <h2 id={`paper-${section.id}`}>
                    {section.id === 'person'
                      ? t('investigator:paper.person')
                      : t(`agreement:sections.${section.id as 'about'}`)}
                  </h2>
                  {section.questions.map((question) => {
                    const Component = components[question.type]!;
                    return (
                      <Component
                        key={question.id}
                        question={question}
                        value={typed[question.id]}
                        onChange={(value) => setTyped((now) => ({ ...now, [question.id]: value }))}
                        words={words}
                        errorFor={(field) => fieldErrors[`${question.id}:${field}`]}
                        caption=""
                        headingRef={headingRef}
                      />
                    );
                  })}
                </section>
              ))}
            </QuestionHeadingLevel.Provider>
            <button type="submit" class="ltw-button">
              {t('investigator:paper.save')}
            </button>
          </form>
        )}
      </>
    ),
  });
}
