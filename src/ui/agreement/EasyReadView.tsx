import type { EasyReadModel, EasyReadPoint } from '~/core/easy-read/model';
import type { SymbolId } from '~/core/easy-read/symbols';
import type { FieldValue } from '~/core/agreement/model';
import styles from './easy-read.css?url&no-inline';

/**
 * The view's own style sheet, as a file: the page adds it when easy read is first shown (an imported style
 * sheet would be linked from the wizard's first load).
 */
export const EASY_READ_STYLES: string = styles;

interface Props {
  model: EasyReadModel;
  /** Where a symbol's picture is on this site. */
  symbolUrl: (id: SymbolId) => string;
}

/** The person's own words or choices, as they wrote them, isolated so their direction stays inside them. */
function Answer({ value }: { value: FieldValue }) {
  if (value.kind === 'text')
    return (
      <p class="ltw-easy-read__answer ltw-answer-text" dir="auto">
        {value.text}
      </p>
    );
  const List = value.ordered ? 'ol' : 'ul';
  return (
    <List class="ltw-easy-read__answer">
      {value.items.map((item, i) => (
        <li key={i} class="ltw-answer-text">
          <bdi>{item}</bdi>
        </li>
      ))}
    </List>
  );
}

function Point({
  point,
  symbolUrl,
  privateLabel,
}: {
  point: EasyReadPoint;
  symbolUrl: Props['symbolUrl'];
  privateLabel: string;
}) {
  return (
    <li class="ltw-easy-read__point">
      <img class="ltw-easy-read__symbol" src={symbolUrl(point.symbol)} alt={point.alt} width={96} height={96} />
      <div class="ltw-easy-read__words">
        {point.sentences.map((sentence, i) => (
          <p key={i}>
            {i === 0 && point.private && <strong>{privateLabel}: </strong>}
            {sentence}
          </p>
        ))}
        {point.answer && <Answer value={point.answer} />}
        {point.writeOn?.map((label) => (
          <p key={label} class="ltw-easy-read__write-on">
            {label}
          </p>
        ))}
      </div>
    </li>
  );
}

/**
 * The agreement in easy read: a picture on the left of each point and short sentences on the right, in
 * large type with room around it. Shown inside the agreement page, so its title is an h3.
 */
export function EasyReadView({ model, symbolUrl }: Props) {
  const points = (list: EasyReadPoint[]) => (
    <ul class="ltw-easy-read__points">
      {list.map((point, i) => (
        <Point key={i} point={point} symbolUrl={symbolUrl} privateLabel={model.privateLabel} />
      ))}
    </ul>
  );
  return (
    <article class="ltw-easy-read" lang={model.lang} aria-labelledby="easy-read-title">
      <h3 id="easy-read-title" tabIndex={-1}>
        {model.title}
      </h3>
      <p class="ltw-easy-read__meta">
        {model.reference}
        <br />
        {model.dateText}
      </p>
      {points(model.intro)}
      {model.sections.map((section) => (
        <section key={section.id} class="ltw-easy-read__section" aria-labelledby={`easy-read-${section.id}`}>
          <h4 id={`easy-read-${section.id}`}>{section.heading}</h4>
          {points(section.points)}
        </section>
      ))}
    </article>
  );
}
