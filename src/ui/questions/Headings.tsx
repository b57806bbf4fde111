import type { ComponentChildren, RefObject } from 'preact';

interface Props {
  caption: string;
  headingRef: RefObject<HTMLHeadingElement>;
  children: ComponentChildren;
}

/** The question is the page heading: a label inside the h1 (GOV.UK "label as page heading"). */
export function LabelHeading({ caption, headingRef, children, htmlFor }: Props & { htmlFor: string }) {
  return (
    <>
      <span class="ltw-caption">{caption}</span>
      <h1 class="ltw-label-wrapper" tabIndex={-1} ref={headingRef}>
        <label class="ltw-label ltw-label--l" for={htmlFor}>
          {children}
        </label>
      </h1>
    </>
  );
}

/** For grouped inputs the legend holds the h1, so a screen reader hears the question once. */
export function LegendHeading({ caption, headingRef, children }: Props) {
  return (
    <legend class="ltw-fieldset__legend">
      <span class="ltw-caption">{caption}</span>
      <h1 class="ltw-fieldset__heading" tabIndex={-1} ref={headingRef}>
        {children}
      </h1>
    </legend>
  );
}
