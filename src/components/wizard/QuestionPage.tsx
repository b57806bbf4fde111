import { useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { COMPONENTS, type ComponentEntry } from '../../question-types/components';
import type { QuestionProps } from '../questions/types';
import type { AnswerValue, Question, QuestionType } from '../../wizard/schema';
import { errorText } from '../../i18n/question-words';
import { ContentNote } from './ContentNote';
import { StopLinks } from './StopLinks';
import type { PageProps } from './page-props';
import { LazyPage } from './LazyPage';

interface Props extends PageProps {
  question: Question;
  caption: string;
  lazy: { loadingText: string; failedText: string; retryText: string; onShown: () => void };
  /** Shown in the field instead of the saved answer: what was typed last time, not yet saved. */
  initialValue?: AnswerValue;
  /** Every change of what is typed, before Continue (for drafts). */
  onInput?: (value: AnswerValue | undefined) => void;
}

/** One question per page; a type whose component loads on demand shows a loading line until it arrives. */
export function QuestionPage(props: Props) {
  const entry = COMPONENTS[props.question.type] as ComponentEntry<QuestionType>;
  if ('ready' in entry) return <QuestionForm {...props} Component={entry.ready} />;
  return (
    <LazyPage
      {...props.lazy}
      load={entry.load as () => Promise<FunctionComponent<object>>}
      props={{}}
      render={(Component) => (
        <QuestionForm {...props} Component={Component as FunctionComponent<QuestionProps<QuestionType>>} />
      )}
    />
  );
}

/** The question as the h1, its input, Continue, "I'd rather not answer now", and a way out. */
function QuestionForm(props: Props & { Component: FunctionComponent<QuestionProps<QuestionType>> }) {
  const { question, caption, context, send, words, headingRef } = props;
  const { t } = words;
  const [value, setValue] = useState<AnswerValue | undefined>(
    (context.errors.length ? (context.draft as AnswerValue | undefined) : undefined) ??
      props.initialValue ??
      context.answers[question.id as never],
  );
  const { Component } = props;
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
