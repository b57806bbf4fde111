import { localVoices } from './local-voices';

const tag = (lang: string) => lang.toLowerCase().replace('_', '-');

/**
 * The device's own voice to read a language in: British English for English, then the page's own
 * region, then the device's default for the language. None when the device has no voice for it.
 */
export function readingVoice(voices: readonly SpeechSynthesisVoice[], lang: string) {
  const fitting = localVoices(voices, lang);
  const wanted = tag(lang).startsWith('en') ? 'en-gb' : tag(lang);
  return (
    fitting.find((voice) => tag(voice.lang) === wanted) ??
    fitting.find((voice) => tag(voice.lang) === tag(lang)) ??
    fitting.find((voice) => voice.default) ??
    fitting[0]
  );
}
