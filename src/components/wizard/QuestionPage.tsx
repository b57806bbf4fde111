import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { QUESTION_COMPONENTS } from '../questions';
import type { QuestionProps } from '../questions/types';
import type { AnswerValue, Question, QuestionType } from '../../wizard/schema';
import type { PageProps } from './page-props';
import { errorText } from '../../i18n/wizard-words';

interface Props extends PageProps {
  question: Question;
  caption: string;
}

/** One question per page: the question as the h1, its input, Continue, and "I'd rather not answer now". */
export function QuestionPage({ question, caption, context, send, t, words, headingRef }: Props) {
  const [value, setValue] = useState<AnswerValue | undefined>(
    (context.errors.length ? (context.draft as AnswerValue | undefined) : undefined) ?? context.answers[question.id],
  );
  const Component = QUESTION_COMPONENTS[question.type] as FunctionComponent<QuestionProps<QuestionType>>;
  const errorFor = (field: string) => {
    const error = context.errors.find((e) => e.field === field);
    return error ? errorText(t, words, question, error) : undefined;
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send({ type: 'CONTINUE', value });
      }}
    >
      <Component
        question={question as never}
        value={value as never}
        onChange={setValue as never}
        words={words}
        t={t}
        errorFor={errorFor}
        caption={caption}
        headingRef={headingRef}
      />
      <div class="ltw-button-group">
        <button type="submit" class="ltw-button">
          {t('continue')}
        </button>
        <button type="button" class="ltw-button ltw-button--secondary" onClick={() => send({ type: 'SKIP' })}>
          {t('skip')}
        </button>
      </div>
    </form>
  );
}
