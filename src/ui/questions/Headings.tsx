import { createContext, type ComponentChildren, type RefObject } from 'preact';
import { useContext } from 'preact/hooks';

interface Props {
  caption: string;
  headingRef: RefObject<HTMLHeadingElement>;
  children: ComponentChildren;
}

/**
 * The heading a question's label or legend sits in: the page's h1 in the wizard (one question per
 * page), an h3 where many questions share a page under section headings (a paper form typed in).
 */
export const QuestionHeadingLevel = createContext<'h1' | 'h3'>('h1');

/** The question is the page heading: a label inside the h1 (GOV.UK "label as page heading"). */
export function LabelHeading({ caption, headingRef, children, htmlFor }: Props & { htmlFor: string }) {
  const Heading = useContext(QuestionHeadingLevel);
  return (
    <>
      {Heading === 'h1' && <span class="ltw-caption">{caption}</span>}
      <Heading class="ltw-label-wrapper" tabIndex={-1} ref={headingRef}>
        <label class="ltw-label ltw-label--l" for={htmlFor}>
          {children}
        </label>
      </Heading>
    </>
  );
}

/** For grouped inputs the legend holds the h1, so a screen reader hears the question once. */
export function LegendHeading({ caption, headingRef, children }: Props) {
  const Heading = useContext(QuestionHeadingLevel);
  return (
    <legend class="ltw-fieldset__legend">
      {Heading === 'h1' && <span class="ltw-caption">{caption}</span>}
      <Heading class="ltw-fieldset__heading" tabIndex={-1} ref={headingRef}>
        {children}
      </Heading>
    </legend>
  );
}
