import type { WizardT } from '../../i18n/create-wizard-translator';
import { answerLines, isListAnswer, type QuestionWords } from '../../i18n/wizard-words';
import type { AnswerValue, Question } from '../../wizard/schema';

interface Props {
  question: Question;
  value: AnswerValue;
  words: QuestionWords;
  t: WizardT;
  locale: string;
}

/** An answer for check answers: one paragraph, or a list when it holds several items. */
export function AnswerText({ question, value, words, t, locale }: Props) {
  const lines = answerLines(question, value, words, t, locale);
  if (!isListAnswer(question)) return <span class="ltw-answer-text">{lines.join('\n')}</span>;
  const ordered = question.type === 'list';
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class={question.type === 'contact' ? 'ltw-answer-list ltw-answer-list--plain' : 'ltw-answer-list'}>
      {lines.map((line, i) => (
        <li key={i}>
          <span class="ltw-answer-text">{line}</span>
        </li>
      ))}
    </List>
  );
}
