import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { COMPONENTS } from '../../question-types/components';
import type { QuestionProps } from '../questions/types';
import type { AnswerValue, Question, QuestionType } from '../../wizard/schema';
import { errorText } from '../../i18n/question-words';
import { ContentNote } from './ContentNote';
import { StopLinks } from './StopLinks';
import type { PageProps } from './page-props';

interface Props extends PageProps {
  question: Question;
  caption: string;
  /** Shown in the field instead of the saved answer: what was typed last time, not yet saved. */
  initialValue?: AnswerValue;
  /** Every change of what is typed, before Continue (for drafts). */
  onInput?: (value: AnswerValue | undefined) => void;
}

/** One question per page: the question as the h1, its input, Continue, "I'd rather not answer now", and a way out. */
export function QuestionPage(props: Props) {
  const { question, caption, context, send, words, headingRef } = props;
  const { t } = words;
  const [value, setValue] = useState<AnswerValue | undefined>(
    (context.errors.length ? (context.draft as AnswerValue | undefined) : undefined) ??
      props.initialValue ??
      context.answers[question.id as never],
  );
  const Component = COMPONENTS[question.type] as FunctionComponent<QuestionProps<QuestionType>>;
  const errorFor = (field: string) => {
    const error = context.errors.find((e) => e.field === field);
    return error ? errorText(words, question, error) : undefined;
  };
  const change = (next: AnswerValue | undefined) => {
    setValue(next);
    props.onInput?.(next);
  };
  return (
    <>
      {question.contentNote && <ContentNote label={t('contentNote.label')} text={words.contentNote(question)} />}
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
          onChange={change as never}
          words={words}
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
      <StopLinks {...props} />
    </>
  );
}
