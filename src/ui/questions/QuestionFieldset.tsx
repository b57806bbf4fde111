import type { ComponentChildren, RefObject } from 'preact';
import type { Translate } from '~/core/questions/types';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { LegendHeading } from './Headings';

interface Props {
  id: string;
  caption: string;
  headingRef: RefObject<HTMLHeadingElement>;
  label: string;
  hint?: string;
  /** The error for the question as a whole; field errors sit beside their own inputs. */
  error?: string;
  t: Translate;
  children: ComponentChildren;
}

/** A question made of several inputs: the legend is the page's h1, then hint, error and the inputs. */
export function QuestionFieldset({ id, caption, headingRef, label, hint, error, t, children }: Props) {
  return (
    <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
      <fieldset class="ltw-fieldset" aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <LegendHeading caption={caption} headingRef={headingRef}>
          {label}
        </LegendHeading>
        <Hint id={`${id}-hint`} text={hint} />
        <ErrorMessage id={`${id}-error`} prefix={t('ui:errorPrefix')} text={error} />
        {children}
      </fieldset>
    </div>
  );
}
