/*
 * Finds what reads as a phone number in a built page's text, and which tel: link (if any) holds it.
 * Deliberately its own broad patterns, not the site's parser: a number the parser misses must show here.
 */

/** A page's visible text, each piece with the tel: link it sits in (or null). Scripts and styles are left out. */
export function textWithTelLinks(html: string): { text: string; tel: (string | null)[] } {
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  let text = '';
  const tel: (string | null)[] = [];
  const links: (string | null)[] = [];
  for (const [, closing, name, attributes, words] of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    if (words !== undefined) {
      const decoded = decode(words);
      text += decoded;
      const inside = links.at(-1) ?? null;
      for (let i = 0; i < decoded.length; i++) tel.push(inside);
    } else if (name!.toLowerCase() === 'a') {
      if (closing) links.pop();
      else links.push(/\shref="(tel:[^"]*)"/i.exec(attributes!)?.[1] ?? null);
    } else if (/^(br|p|li|div|td|th|dd|dt|h[1-6])$/i.test(name!)) {
      // A block or line break parts words, so two numbers in two cells never run together.
      text += '\n';
      tel.push(null);
    }
  }
  return { text, tel };
}

const decode = (text: string) =>
  text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// UK numbers with 10 or 11 digits (+44 or 0 first), and the short numbers people are told to call.
const LONG_NUMBER = /(?<![\d+])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)\d[\d ()-]{7,14}\d(?!\d)/g;
const SHORT_NUMBER = /(?<![\w+])(?:999|111|112|116 ?\d{3})(?![\w])/g;
// A service's name, "NHS 111 online" or "GIG 111 Cymru", is not a number to dial.
const SERVICE_NAME = /(?:NHS|GIG)\s$/;

/** The digits a phone dials, in one form: +44 and a bracketed (0) read as the 0 of a UK number. */
export const dialledDigits = (written: string) =>
  written
    .replace(/^tel:/, '')
    .replace(/\(0\)/, '')
    .replace(/[^\d+]/g, '')
    .replace(/^\+44/, '0');

/** Each number in the text with the tel: link around all of it (null when any of it is outside one). */
export function phoneNumbersIn(html: string): { written: string; tel: string | null }[] {
  const { text, tel } = textWithTelLinks(html);
  const found: { written: string; tel: string | null }[] = [];
  for (const match of text.matchAll(LONG_NUMBER)) {
    const digits = match[0].replace(/\D/g, '').replace(/^44/, '0');
    if (digits.length < 10 || digits.length > 11) continue;
    found.push(around(match[0], match.index));
  }
  for (const match of text.matchAll(SHORT_NUMBER)) {
    if (SERVICE_NAME.test(text.slice(0, match.index))) continue;
    found.push(around(match[0], match.index));
  }
  return found;

  function around(written: string, at: number) {
    const links = new Set(tel.slice(at, at + written.length));
    return { written, tel: links.size === 1 ? [...links][0]! : null };
  }
}
