import { useEffect, useRef, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { COMPONENTS, type ComponentEntry } from './components';
import type { QuestionProps } from './question-props';
import type { AnswerValue, Question, QuestionType } from '~/core/journey/schema';
import { errorText } from '~/core/questions/question-words';
import { ContentNote } from '~/ui/shell/ContentNote';
import type { PageProps } from '~/ui/page-props';
import { LazyPage, type LazyPageSettings } from '~/ui/shell/LazyPage';

/**
 * Something offered for a question still empty, such as the date in the team's letter: it shows its
 * words and a button that fills the answer in with `use`.
 */
export type AnswerOffer = FunctionComponent<{ use: (value: AnswerValue) => void }>;

interface Props extends PageProps {
  question: Question;
  caption: string;
  lazy: LazyPageSettings;
  /**
   * What was typed or chosen here last time and not yet saved: shown in the field instead of the saved
   * answer, and said to be unsaved only when words were typed (`typed`), never for a choice alone.
   */
  draft?: { value: AnswerValue; when: string; typed: boolean };
  /** Every change of what is typed, before Continue (for drafts). */
  onInput?: (value: AnswerValue | undefined) => void;
  /** "Use your saved answer instead": the draft is thrown away. */
  onDiscardDraft?: () => void;
  /** Loads what to offer while the question is empty, with its component (so nothing moves when it arrives). */
  offer?: () => Promise<AnswerOffer | undefined>;
}

/** One question per page; a type whose component loads on demand shows a loading line until it arrives. */
export function QuestionPage(props: Props) {
  const entry = COMPONENTS[props.question.type] as ComponentEntry<QuestionType>;
  if ('ready' in entry) return <QuestionForm {...props} Component={entry.ready} />;
  return (
    <LazyPage
      {...props.lazy}
      // An offer that cannot load is no offer: the question still shows.
      load={() => Promise.all([entry.load(), props.offer?.().catch(() => undefined)])}
      props={{}}
      render={([Component, Offer]) => <QuestionForm {...props} Component={Component} Offer={Offer} />}
    />
  );
}

/** The question as the h1, its input, Continue and "I'd rather not answer now" (the shell adds the way out). */
function QuestionForm(
  props: Props & { Component: FunctionComponent<QuestionProps<QuestionType>>; Offer?: AnswerOffer },
) {
  const { question, caption, context, send, words, headingRef } = props;
  const { t } = words;
  const saved = context.answers[question.id];
  const [value, setValue] = useState<AnswerValue | undefined>(
    (context.errors.length ? (context.draft as AnswerValue | undefined) : undefined) ?? props.draft?.value ?? saved,
  );
  const [draftNote, setDraftNote] = useState(context.errors.length === 0 && props.draft?.typed === true);
  const { Component, Offer } = props;
  const errorFor = (field: string) => {
    const error = context.errors.find((e) => e.field === field);
    return error ? errorText(words, question, error) : undefined;
  };
  const touched = useRef(props.draft !== undefined);
  // Another tab changed this answer while the page was open: follow it, or, if the person has typed, ask.
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (touched.current) setChangedElsewhere(true);
    else setValue(saved);
  }, [JSON.stringify(saved)]);
  const change = (next: AnswerValue | undefined) => {
    touched.current = true;
    setValue(next);
    props.onInput?.(next);
  };
  const discardDraft = () => {
    setValue(saved);
    setDraftNote(false);
    props.onDiscardDraft?.();
    // The button goes away with the note, so focus goes back to the question.
    requestAnimationFrame(() => headingRef?.current?.focus());
  };
  return (
    <>
      {question.contentNote && <ContentNote label={t('ui:contentNote.label')} text={words.contentNote(question)} />}
      {changedElsewhere && (
        <DraftNote
          kind="changed-elsewhere"
          text={t('ui:draft.changedElsewhere')}
          action={t('ui:draft.useTheirs')}
          onAction={() => {
            setChangedElsewhere(false);
            touched.current = false;
            discardDraft();
          }}
        />
      )}
      {saved === undefined && !props.draft && props.couldNotRead?.includes(question.id) && (
        <div class="ltw-notification ltw-notification--warning" data-note="could-not-read">
          <p>{t('ui:draft.couldNotRead')}</p>
        </div>
      )}
      {draftNote && props.draft && (
        <DraftNote
          kind="draft"
          text={t('ui:draft.note', { when: props.draft.when })}
          action={t(saved === undefined ? 'ui:draft.clear' : 'ui:draft.useSaved')}
          onAction={discardDraft}
        />
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CONTINUE', value });
        }}
      >
        <Component
          question={question}
          value={value}
          onChange={change}
          words={words}
          errorFor={errorFor}
          caption={caption}
          headingRef={headingRef}
        />
        {Offer && value === undefined && <Offer use={change} />}
        <div class="ltw-button-group">
          <button type="submit" class="ltw-button">
            {t('ui:continue')}
          </button>
          <button type="button" class="ltw-button ltw-button--secondary" onClick={() => send({ type: 'SKIP' })}>
            {words.skip}
          </button>
        </div>
      </form>
    </>
  );
}

/** Says that what is in the field was typed earlier and not saved yet, with a way back to the saved answer. */
function DraftNote({
  kind,
  text,
  action,
  onAction,
}: {
  kind: string;
  text: string;
  action: string;
  onAction: () => void;
}) {
  return (
    <div
      class="ltw-notification ltw-notification--info ltw-draft-note"
      data-note={kind}
      role={kind === 'changed-elsewhere' ? 'status' : undefined}
    >
      <p>{text}</p>
      <button type="button" class="ltw-button ltw-button--secondary ltw-button--small" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
