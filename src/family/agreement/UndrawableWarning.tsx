import type { RefObject } from 'preact';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

/** Stands in for the words while the sentence is translated, so they can be put in as elements. */
const WORDS = '\uE000';

/**
 * Why there is no PDF: the exact words it cannot draw (each isolated, so a right-to-left word keeps its
 * place in the sentence), that printing the page shows them, and a button that prints.
 */
export function UndrawableWarning(props: {
  t: Translate;
  /** The document's language, for the list's "and". */
  lang: string;
  words: string[];
  headingRef: RefObject<HTMLHeadingElement>;
  onPrint: () => void;
}) {
  const a = (key: KeysUnder<'agreement:page.'>, options: TranslateOptions = {}) =>
    props.t(`agreement:page.${key}`, options);
  const [before, after] = a('undrawable', { samples: WORDS }).split(WORDS);
  const words = new Intl.ListFormat(props.lang, { type: 'unit' }).formatToParts(props.words);
  return (
    <div role="alert" class="ltw-notification ltw-notification--warning">
      <h2 class="ltw-notification__title" tabIndex={-1} ref={props.headingRef}>
        {a('undrawableTitle')}
      </h2>
      <p>
        {before}
        {words.map((part, i) => (part.type === 'element' ? <bdi key={i}>{part.value}</bdi> : part.value))}
        {after}
      </p>
      <p>{a('undrawableHelp')}</p>
      <button type="button" class="ltw-button" onClick={props.onPrint}>
        {a('printPage')}
      </button>
    </div>
  );
}
