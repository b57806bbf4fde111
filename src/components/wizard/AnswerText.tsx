import type { WizardT } from '../../i18n/create-wizard-translator';
import type { AnswerValue, DateAnswer, Question } from '../../wizard/schema';
import type { QuestionWords } from './text';

const MONTHS = (locale: string) =>
  Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 1))));

/** "12 March 2026", or "around March 2026" when the person was not sure. */
export function formatDate(value: DateAnswer, t: WizardT, locale: string): string {
  const month = value.month ? MONTHS(locale)[Number(value.month) - 1] : undefined;
  const text = [value.day, month, value.year].filter(Boolean).join(' ');
  return value.approximate ? t('values.around', { date: text }) : text;
}

interface Props {
  question: Question;
  value: AnswerValue;
  words: QuestionWords;
  t: WizardT;
  locale: string;
}

/** An answer as the person would say it back, for check answers and the answers page. */
export function AnswerText({ question, value, words, t, locale }: Props) {
  switch (question.type) {
    case 'text':
    case 'longText':
      return <span class="ltw-answer-text">{value as string}</span>;
    case 'yesNo':
      return <>{t(`values.${value as string}`)}</>;
    case 'singleChoice': {
      const answer = value as { choice: string; other?: string };
      return <>{words.option(question, answer.choice)}{answer.other ? `: ${answer.other}` : ''}</>;
    }
    case 'multiChoice': {
      const answer = value as { choices: string[]; other?: string };
      return (
        <ul class="ltw-answer-list">
          {answer.choices.map((c) => <li key={c}>{words.option(question, c)}{c === question.otherOption && answer.other ? `: ${answer.other}` : ''}</li>)}
        </ul>
      );
    }
    case 'date':
      return <>{formatDate(value as DateAnswer, t, locale)}</>;
    case 'contact':
      return (
        <ul class="ltw-answer-list ltw-answer-list--plain">
          {question.fields.filter((f) => (value as Record<string, string>)[f]).map((f) => (
            <li key={f}><span class="ltw-answer-text">{t(`contact.${f}`)}: {(value as Record<string, string>)[f]}</span></li>
          ))}
        </ul>
      );
    case 'list': {
      const items = (value as { items: (string | Record<string, string>)[] }).items;
      return (
        <ol class="ltw-answer-list">
          {items.map((item, i) => (
            <li key={i}><span class="ltw-answer-text">{typeof item === 'string' ? item : Object.values(item).join(', ')}</span></li>
          ))}
        </ol>
      );
    }
    case 'log': {
      const entries = (value as { entries: { date: DateAnswer; note: string }[] }).entries;
      return (
        <ul class="ltw-answer-list">
          {entries.map((entry, i) => (
            <li key={i}><span class="ltw-answer-text">{[formatDate(entry.date, t, locale), entry.note].filter(Boolean).join(': ')}</span></li>
          ))}
        </ul>
      );
    }
  }
}
