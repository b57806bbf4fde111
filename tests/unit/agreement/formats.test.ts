import { describe, expect, it } from 'vitest';
import { askedFormats, documentsAsked, formatsInOrder } from '~/core/agreement/formats';

describe('the formats the agreement is offered in', () => {
  it('offers standard print first, then the rest, when nobody asked for a format', () => {
    expect(formatsInOrder([])).toEqual(['pdf', 'large-print', 'word', 'easy-read', 'braille', 'audio']);
  });

  it('offers what was asked for first, in the order asked, and everything else after, each once', () => {
    expect(formatsInOrder(['braille', 'large-print'])).toEqual([
      'braille',
      'large-print',
      'pdf',
      'word',
      'easy-read',
      'audio',
    ]);
  });

  it('meets a screen reader with the Word document and email with the PDF; ignores what it does not know', () => {
    expect(formatsInOrder(['screen-reader', 'none', 'fax'])[0]).toBe('word');
    expect(formatsInOrder(['email'])[0]).toBe('pdf');
    expect(formatsInOrder(['none'])).toEqual(formatsInOrder([]));
  });

  it("reads the person's own formats first, then the patient's, without repeats or 'none'", () => {
    expect(
      askedFormats({
        'information-formats': { choices: ['easy-read', 'large-print'] },
        'patient-information-formats': { choices: ['large-print', 'braille'] },
      }),
    ).toEqual(['easy-read', 'large-print', 'braille']);
    expect(askedFormats({ 'information-formats': { choices: ['none'] } })).toEqual([]);
    expect(askedFormats({})).toEqual([]);
  });

  it('names only the documents that meet what was asked for, each once, for the page to say so', () => {
    expect(documentsAsked(['braille', 'screen-reader', 'none', 'braille'])).toEqual(['braille', 'word']);
    expect(documentsAsked([])).toEqual([]);
  });
});
