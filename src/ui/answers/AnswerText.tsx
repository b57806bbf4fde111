import { Fragment } from 'preact';
import { describeAnswer } from '~/core/questions/rules';
import type { AnswerValue, Question } from '~/core/journey/schema';
import type { QuestionWords } from '~/core/questions/question-words';
import { assertNever } from '~/core/assert-never';

/**
 * An answer for check answers: one paragraph, a list, or a small table (people). The person's words are
 * direction-isolated, so a right-to-left name or a stray override cannot reorder what follows it.
 */
export function AnswerText({
  question,
  value,
  words,
}: {
  question: Question;
  value: AnswerValue;
  words: QuestionWords;
}) {
  const text = describeAnswer(question, value, words);
  switch (text.kind) {
    case 'text':
      return (
        <span class="ltw-answer-text" dir="auto">
          {text.text}
        </span>
      );
    case 'list': {
      const List = text.ordered ? 'ol' : 'ul';
      return (
        <List class={question.type === 'contact' ? 'ltw-answer-list ltw-answer-list--plain' : 'ltw-answer-list'}>
          {text.items.map((line, i) => (
            <li key={i}>
              <span class="ltw-answer-text" dir="auto">
                {line}
              </span>
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      // One person a line: a table inside a summary list is hard to read on a phone.
      return (
        <ul class="ltw-answer-list ltw-answer-list--plain">
          {text.rows.map((row, i) => (
            <li key={i}>
              <span class="ltw-answer-text">
                {row.filter(Boolean).map((cell, j) => (
                  <Fragment key={j}>
                    {j > 0 && ', '}
                    <bdi>{cell}</bdi>
                  </Fragment>
                ))}
              </span>
            </li>
          ))}
        </ul>
      );
    default:
      return assertNever(text);
  }
}
