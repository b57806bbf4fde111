import type { LetterModel } from '~/core/letter/letter-model';
import type { Translate } from '~/core/questions/types';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

interface Props {
  letter: LetterModel;
  t: Translate;
  /** The QR code of `letter.url` as SVG markup, made on this device by the qrcode package. */
  qrSvg: string;
  /** Keeps ids apart when the letter is on the page twice (in Welsh and in English). */
  idPrefix?: string;
}

const l = (t: Translate, key: KeysUnder<'letter:'>, options: TranslateOptions = {}) => t(`letter:${key}`, options);

/** The letter for the family: one A4 page on paper, a readable page on screen. Every value is text. */
export function LetterView({ letter, t, qrSvg, idPrefix = '' }: Props) {
  return (
    <article class="ltw-letter" aria-label={l(t, 'letterLabel')} data-letter>
      <header class="ltw-letter__head">
        <p class="ltw-letter__organisation">{letter.organisation}</p>
        <p class="ltw-letter__date">
          <time dateTime={letter.date.iso}>{letter.date.text}</time>
        </p>
      </header>
      <p class="ltw-letter__greeting">
        {letter.greeting} <span class="ltw-letter__name-line" aria-label={l(t, 'nameSpace')} role="img" />
      </p>
      {letter.opening.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      <section class="ltw-letter__open" aria-labelledby={`${idPrefix}letter-open`}>
        <h2 id={`${idPrefix}letter-open`}>{letter.howToOpen.heading}</h2>
        <div class="ltw-letter__open-grid">
          <div
            class="ltw-letter__qr"
            role="img"
            aria-label={l(t, 'qrLabel')}
            // Made here from our own link by the qrcode package: SVG markup, no script, nothing from the case.
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <div>
            <p>{letter.howToOpen.scan}</p>
            <p>{letter.howToOpen.visit}</p>
            {/* The site's short address, to type; the long link is only ever in the QR code. */}
            <p class="ltw-letter__address" data-letter-address>
              {letter.howToOpen.address}
            </p>
            {letter.howToOpen.ask && <p>{letter.howToOpen.ask}</p>}
          </div>
        </div>
      </section>
      <section class="ltw-letter__details" aria-labelledby={`${idPrefix}letter-details`}>
        <h2 id={`${idPrefix}letter-details`}>{letter.details.heading}</h2>
        <p>{letter.details.intro}</p>
        <div class="ltw-letter__contacts">
          {letter.details.contacts.map((contact) => (
            <div class="ltw-letter__contact" key={contact.id}>
              <h3>
                {l(t, `contacts.${contact.id}`)}
                <span class="ltw-letter__small"> ({l(t, `contacts.${contact.id}Hint`)})</span>
              </h3>
              {/* Name and role on one line, as a person would write them; then how to reach them. */}
              <p class="ltw-letter__who">
                <bdi>
                  {contact.rows
                    .filter((row) => row.key === 'name' || row.key === 'role')
                    .map((row) => row.value)
                    .join(', ')}
                </bdi>
              </p>
              <dl>
                {contact.rows
                  .filter((row) => row.key !== 'name' && row.key !== 'role')
                  .map((row) => (
                    <div key={row.key} class="ltw-letter__row">
                      <dt>{l(t, `fields.${row.key}`)}</dt>
                      <dd>
                        <bdi>{row.value}</bdi>
                      </dd>
                    </div>
                  ))}
              </dl>
            </div>
          ))}
        </div>
        {letter.details.facts.length > 0 && (
          <>
            <h3>{l(t, 'about')}</h3>
            <dl class="ltw-letter__facts">
              {letter.details.facts.map((fact) => (
                <div
                  key={fact.key}
                  class={
                    fact.key === 'scope' || fact.key === 'timescales'
                      ? 'ltw-letter__row ltw-letter__row--wide'
                      : 'ltw-letter__row'
                  }
                >
                  <dt>{l(t, `facts.${fact.key}`)}</dt>
                  <dd>
                    {fact.key === 'commentDays' ? (
                      l(t, 'facts.commentDaysValue', { count: fact.count })
                    ) : (
                      <bdi>{fact.value}</bdi>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>
      {letter.closing.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      <p class="ltw-letter__sign-off">{letter.signOff}</p>
      <p class="ltw-letter__sender">
        {letter.sender.map((line, i) => (
          <span key={i}>
            <bdi>{line}</bdi>
          </span>
        ))}
      </p>
    </article>
  );
}
