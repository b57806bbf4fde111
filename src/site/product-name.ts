import { trust } from '~/config/trust';
import { localised } from '~/config/trust-schema';
import type { Messages } from '~/i18n/messages';
import type { Locale } from '~/i18n/locales';

/** The product's name in a language, from the trust's settings ("Dysgu Gyda'n Gilydd" on Welsh pages). */
export const productName = (locale: Locale): string => localised(trust.productName, locale);

/** An island's words with the product's name filled in: the words say {{product}}, which only the build knows. */
export function withProductName(messages: Messages, locale: Locale): Messages {
  const name = productName(locale);
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [
      key,
      typeof text === 'string' ? text.replaceAll('{{product}}', name) : text,
    ]),
  );
}
