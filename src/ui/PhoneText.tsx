import { Fragment } from 'preact';
import { phoneParts, readPhoneNumber } from '~/core/text/phone-number';

/**
 * Words with every phone number in them a link to tap ("call Samaritans free on 116 123"). Numbers read left
 * to right on a right-to-left page too: without dir="ltr" the groups of "01632 960 000" would come out reversed.
 */
export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {phoneParts(text).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={i} href={part.href} dir="ltr">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

/** One number someone typed: a link when it reads as a number (its extension as words beside it), else the words. */
export function PhoneLink({ written }: { written: string }) {
  const number = readPhoneNumber(written);
  if (!number) return <>{written}</>;
  return (
    <>
      <a href={number.href} dir="ltr">
        {number.text}
      </a>
      {number.extension && ` ${number.extension}`}
    </>
  );
}

/** Lines of words, one under another (in a white-space: pre-line box), their phone numbers links to tap. */
export function PhoneLines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && '\n'}
          <PhoneText text={line} />
        </Fragment>
      ))}
    </>
  );
}
