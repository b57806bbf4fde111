import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  secondLanguageLine,
  type AgreementBlock,
  type AgreementModel,
  type FieldValue,
  type FrontLine,
} from '~/core/agreement/model';
import { assertNever } from '~/core/assert-never';
import { PhoneLink, PhoneText } from '~/ui/PhoneText';

interface Props {
  model: AgreementModel;
  headingRef?: RefObject<HTMLHeadingElement>;
  /** Shown straight after the title (the page's actions), so they follow the h1 in reading order. */
  children?: ComponentChildren;
}

/** A front line in the document's language and, in a bilingual document, the second language marked as such. */
function InBothLanguages({ model, line }: { model: AgreementModel; line: FrontLine }) {
  const second = secondLanguageLine(model, line);
  if (!second) return <>{model[line]}</>;
  return (
    <>
      {model[line]} / <span lang={second.lang}>{second.text}</span>
    </>
  );
}

function Value({ value }: { value: FieldValue }) {
  // The person's own words, isolated: their direction comes from what they wrote and stays inside them.
  if (value.kind === 'text')
    return (
      <p class="ltw-answer-text ltw-agreement__words" dir="auto">
        {value.text}
      </p>
    );
  const List = value.ordered ? 'ol' : 'ul';
  return (
    <List class="ltw-answer-list">
      {value.items.map((item, i) => (
        <li key={i} class="ltw-answer-text">
          <bdi>{item}</bdi>
        </li>
      ))}
    </List>
  );
}

function Block({ block, index, labels }: { block: AgreementBlock; index: string; labels: AgreementModel['labels'] }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <PhoneText text={block.text} />
        </p>
      );
    case 'statement':
      return (
        <div
          class={
            block.private ? 'ltw-agreement__statement ltw-agreement__statement--private' : 'ltw-agreement__statement'
          }
        >
          <p>
            {block.private && <strong class="ltw-agreement__private">{labels.private}: </strong>}
            {block.text}
          </p>
          {block.value && <Value value={block.value} />}
        </div>
      );
    case 'teamField':
      return (
        <dl class="ltw-agreement__field">
          <dt class="ltw-agreement__label">{block.label}</dt>
          <dd class={block.value ? 'ltw-agreement__value' : 'ltw-agreement__value ltw-agreement__value--empty'}>
            {block.value ? <PhoneText text={block.value} /> : labels.toFillIn}
          </dd>
        </dl>
      );
    case 'table':
      return (
        // Fixed layout with wrapping cells: it fits at 320px, so it needs no scrolling wrapper (or extra tab stop).
        // Tables of more than three columns are read row by row on a narrow screen, each cell with its header.
        <table
          class={block.headers.length > 3 ? 'ltw-agreement__table ltw-agreement__table--wide' : 'ltw-agreement__table'}
        >
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} class="ltw-answer-text" data-label={block.headers[c]}>
                    {cell ? <bdi>{cell}</bdi> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'organisations':
      return (
        <>
          <p>{block.intro}</p>
          <ul class="ltw-agreement__organisations">
            {block.items.map((org) => (
              <li key={org.name}>
                <a href={org.website}>{org.name}</a>
                {org.phone && (
                  <>
                    {' '}
                    <span class="ltw-agreement__phone">
                      <PhoneLink written={org.phone} />
                    </span>
                  </>
                )}
                {org.address && <span class="ltw-agreement__address">{org.address.split('\n').join(', ')}</span>}
                {org.checked && <span class="ltw-agreement__checked">{org.checked}</span>}
              </li>
            ))}
          </ul>
        </>
      );
    case 'signatures':
      return (
        <div class="ltw-agreement__signatures">
          {block.parties.map((party, p) => (
            <div class="ltw-agreement__party" key={p} role="group" aria-labelledby={`${index}-party-${p}`}>
              <h3 id={`${index}-party-${p}`}>{party.heading}</h3>
              <p class="ltw-agreement__write-line">
                <span>{block.labels.name}:</span> <bdi>{party.name}</bdi>
              </p>
              <p class="ltw-agreement__write-line">
                <span>{block.labels.signature}:</span>
              </p>
              <p class="ltw-agreement__write-line">
                <span>{block.labels.date}:</span>
              </p>
              <p class="ltw-agreement__write-line">
                <span>{block.labels.byPhone}:</span>
              </p>
            </div>
          ))}
        </div>
      );
    case 'writingSpace':
      return (
        <div class="ltw-agreement__field">
          <p class="ltw-agreement__label">{block.label}</p>
          <Hint text={block.hint} />
          {/* Empty ruled lines for handwriting; nothing for a screen reader to read. */}
          <div class="ltw-agreement__lines" aria-hidden="true">
            {Array.from({ length: block.lines }, (_, i) => (
              <div class="ltw-agreement__line" key={i} />
            ))}
          </div>
        </div>
      );
    case 'tickBoxes':
      return (
        <div class="ltw-agreement__field">
          <p class="ltw-agreement__label">{block.label}</p>
          <Hint text={block.hint} />
          <ul class="ltw-agreement__boxes">
            {block.options.map((option) => (
              <li key={option}>
                {/* A printed box to tick by hand. */}
                <span class="ltw-agreement__box" aria-hidden="true" />
                {option}
              </li>
            ))}
          </ul>
        </div>
      );
    default:
      return assertNever(block);
  }
}

/** How many sections are drawn at first; the rest follow in the next moments, so a phone never freezes. */
const FIRST_SECTIONS = 3;

/**
 * Draws all sections, a few per task after the first ones, so opening a long agreement on a slow phone
 * never blocks the page for long. Printing always waits for every section (see the print handler).
 */
export function useProgressiveSections(count: number): number {
  const [shown, setShown] = useState(Math.min(count, FIRST_SECTIONS));
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown((n) => Math.min(count, n + 2)), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return shown;
}

/** The agreement as an accessible page: real headings, text and tables; prints cleanly on A4. */
export function AgreementView({
  model,
  headingRef,
  children,
  progressive = false,
  nested = false,
}: Props & {
  progressive?: boolean;
  /** Shown inside another page (the team's): its title is an h2 under that page's h1, its sections h3. */
  nested?: boolean;
}) {
  const Title = nested ? 'h2' : 'h1';
  const Section = nested ? 'h3' : 'h2';
  const shown = useProgressiveSections(progressive ? model.sections.length : 0);
  const sections = progressive ? model.sections.slice(0, shown) : model.sections;
  return (
    <article
      class={model.largePrint ? 'ltw-agreement ltw-agreement--large' : 'ltw-agreement'}
      lang={model.lang}
      // Busy while later sections are still being added, so assistive technology waits for the whole agreement.
      aria-busy={sections.length < model.sections.length}
    >
      <Title tabIndex={-1} ref={headingRef}>
        <InBothLanguages model={model} line="title" />
      </Title>
      {children}
      <p class="ltw-agreement__subtitle">{model.subtitle}</p>
      {model.copyNote && <p class="ltw-agreement__copy-note">{model.copyNote}</p>}
      {model.versionText && <p class="ltw-agreement__copy-note">{model.versionText}</p>}
      <p class="ltw-agreement__meta">
        <InBothLanguages model={model} line="reference" />
        <br />
        <InBothLanguages model={model} line="dateText" />
      </p>
      {model.intro.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {sections.map((section) => (
        // Sections are not landmarks: one region per section made the page a maze of regions (issue 8).
        <section
          key={section.id}
          class={section.newPage ? 'ltw-agreement__section ltw-agreement__section--new-page' : 'ltw-agreement__section'}
          lang={section.lang}
        >
          <Section id={`agreement-${section.id}`}>{section.heading}</Section>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} index={`${section.id}-${i}`} labels={section.labels ?? model.labels} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** A paper question's hint, one paragraph a line: when to answer it, then how ("Tick one"). */
function Hint({ text }: { text: string | undefined }) {
  return (
    <>
      {text?.split('\n').map((line) => (
        <p class="ltw-agreement__hint" key={line}>
          {line}
        </p>
      ))}
    </>
  );
}
