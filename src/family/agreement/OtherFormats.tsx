import { Fragment, type ComponentChildren } from 'preact';
import type { DocumentFormat } from '~/core/agreement/formats';
import type { Translate } from '~/core/words/translate';

/** The formats this section offers, each with what shows it. */
export type OtherFormatViews = Record<'easy-read' | 'word' | 'braille', ComponentChildren>;

const isOffered = (format: DocumentFormat): format is keyof OtherFormatViews =>
  format === 'easy-read' || format === 'word' || format === 'braille';

/**
 * The agreement's other formats, in the order the family asked for them in stage 1 (the Accessible
 * Information Standard: offer the format they need first), then the rest.
 */
export function OtherFormats(props: {
  t: Translate;
  order: readonly DocumentFormat[];
  asked: readonly DocumentFormat[];
  views: OtherFormatViews;
}) {
  const { t, order, views } = props;
  const asked = props.asked.filter(isOffered);
  const names = asked.map((format) => t(`agreement:page.formatNames.${format}`));
  return (
    <section class="ltw-other-formats" aria-labelledby="other-formats-heading">
      <h2 id="other-formats-heading">{t('agreement:page.otherFormats')}</h2>
      {asked.length > 0 && <p>{t('agreement:page.otherFormatsAsked', { formats: names.join(', ') })}</p>}
      {order.filter(isOffered).map((format) => (
        <Fragment key={format}>{views[format]}</Fragment>
      ))}
    </section>
  );
}
