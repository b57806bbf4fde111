import { wordEnd } from './read-aloud-text';

export interface SpokenPart {
  text: string;
  voice: SpeechSynthesisVoice;
}

export interface ReadingEvents {
  /** A part is being read. */
  part(index: number): void;
  /** The word from letter `start` to `end` of that part is being read. */
  word(index: number, start: number, end: number): void;
  /** Every part has been read, or the device could not read on. */
  done(): void;
}

export interface Reading {
  pause(): void;
  resume(): void;
  /** Stops at once; `done` is not called. */
  stop(): void;
}

/**
 * Reads the parts one after another with the device's speech synthesis: one utterance per part, so a
 * long page is never one utterance (some browsers cut those off) and each part can be marked.
 */
export function readAloud(synth: SpeechSynthesis, parts: readonly SpokenPart[], on: ReadingEvents): Reading {
  let stopped = false;
  // Held while it is spoken: a browser may drop the events of an utterance nothing refers to.
  let utterance: SpeechSynthesisUtterance | undefined;
  const finish = () => {
    if (stopped) return;
    stopped = true;
    on.done();
  };
  const speak = (index: number) => {
    const part = parts[index];
    if (stopped) return;
    if (!part) return finish();
    utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = part.voice;
    utterance.lang = part.voice.lang;
    utterance.onboundary = (event) => {
      if (!stopped && event.name !== 'sentence')
        on.word(index, event.charIndex, wordEnd(part.text, event.charIndex, event.charLength));
    };
    utterance.onend = () => speak(index + 1);
    // Also after stop() (the utterance is "interrupted"), when nothing more happens.
    utterance.onerror = finish;
    on.part(index);
    synth.speak(utterance);
  };
  // Whatever was still being read, or left paused, would hold this up.
  synth.cancel();
  if (synth.paused) synth.resume();
  speak(0);
  return {
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => {
      stopped = true;
      if (utterance) utterance.onend = utterance.onerror = utterance.onboundary = null;
      synth.cancel();
      if (synth.paused) synth.resume();
    },
  };
}
