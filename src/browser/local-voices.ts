const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The voices on the device itself for a language. A voice that is not local sends the words it reads
 * to a service on the internet, so it is never used; nor is a voice of another language.
 */
export const localVoices = (voices: readonly SpeechSynthesisVoice[], lang: string) =>
  voices.filter((voice) => voice.localService && language(voice.lang) === language(lang));
