import { createRef } from 'preact';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAMILY } from '~/core/journey/family';
import type { QuestionOf } from '~/core/questions/rules';
import { SingleChoiceQuestion } from '~/ui/questions/SingleChoiceQuestion';
import { ReadAloudSlot } from '~/family/read-aloud/ReadAloudSlot';
import { t, words } from '../words';

type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default'>;
const voice = (name: string, lang: string, localService = true, isDefault = false): Voice => ({
  name,
  lang,
  localService,
  default: isDefault,
});

/** What an utterance is given; the test plays the device, ending each part and saying where it is. */
class Utterance {
  voice?: Voice;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onboundary: ((event: { name: string; charIndex: number; charLength?: number }) => void) | null = null;
  constructor(readonly text: string) {}
}

/** The device's speech synthesis, as a browser with these voices has it. */
class Synthesis extends EventTarget {
  paused = false;
  spoken: Utterance[] = [];
  constructor(public voices: Voice[]) {
    super();
  }
  getVoices = () => this.voices;
  speak = vi.fn((utterance: Utterance) => void this.spoken.push(utterance));
  pause = vi.fn(() => void (this.paused = true));
  resume = vi.fn(() => void (this.paused = false));
  cancel = vi.fn();
  /** The part being read comes to its end. */
  endPart = () => void act(() => this.spoken.at(-1)!.onend?.());
  /** Reads to the end, part by part, and gives what was read. */
  readAll() {
    for (let n = 0; n < 50 && this.spoken.at(-1)?.onend; n++) this.endPart();
    return this.spoken.map((u) => u.text);
  }
}

/** The CSS Custom Highlight API, which happy-dom does not have. */
class Highlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let synth: Synthesis;
const highlights = new Map<string, Highlight>();
beforeEach(() => {
  highlights.clear();
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('Highlight', Highlight);
  vi.stubGlobal('CSS', { highlights });
});
afterEach(() => {
  // The page goes (and stops reading) while the device's speech is still there.
  cleanup();
  vi.unstubAllGlobals();
});
const withVoices = (voices: Voice[]) => {
  synth = new Synthesis(voices);
  vi.stubGlobal('speechSynthesis', synth);
};

const question = FAMILY.question('told-about-incident') as QuestionOf<'singleChoice'>;
const optionLabels = question.options.map((option) => words.option(question, option));

/** A question page as the wizard draws it: the control, then the caption, the question and its options, then Continue. */
function questionPage(lang = 'en') {
  return render(
    <main>
      <ReadAloudSlot t={t} lang={lang} />
      <SingleChoiceQuestion
        question={question}
        value={undefined}
        onChange={() => {}}
        words={words}
        errorFor={() => undefined}
        caption="Stage 1 of 5: Understanding you"
        headingRef={createRef()}
      />
      <button type="button">Continue</button>
    </main>,
  );
}

const listen = () => screen.findByRole('button', { name: 'Listen to this page' });
async function startReading() {
  fireEvent.click(await listen());
  await screen.findByRole('button', { name: 'Pause reading' });
}
const status = () => document.querySelector('[aria-live="polite"]')!.textContent;

describe('read aloud, with the device’s own voices only', () => {
  it('reads in a voice on the device in the page’s language, British English before others', async () => {
    withVoices([
      voice('Online British', 'en-GB', false, true),
      voice('Local French', 'fr-FR'),
      voice('Local American', 'en-US'),
      voice('Local British', 'en_GB'),
    ]);
    questionPage();
    await startReading();
    expect(synth.spoken[0]!.voice!.name).toBe('Local British');
    expect(synth.readAll().length).toBeGreaterThan(1);
    expect(new Set(synth.spoken.map((u) => u.voice!.name))).toEqual(new Set(['Local British']));
  });

  it('is not offered at all where the device has no voice of its own for the language', () => {
    // A Welsh page: an online Welsh voice would send the words away, and an English one would misread them.
    withVoices([voice('Online Welsh', 'cy-GB', false), voice('Local British', 'en-GB')]);
    questionPage('cy');
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['Continue']);
    expect(document.querySelector('.ltw-read-aloud')).toBeNull();
  });

  it('appears when the device’s voices arrive after the page (voiceschanged)', async () => {
    withVoices([]);
    questionPage();
    expect(screen.queryByRole('button', { name: 'Listen to this page' })).toBeNull();
    synth.voices = [voice('Local British', 'en-GB')];
    void act(() => void synth.dispatchEvent(new Event('voiceschanged')));
    await listen();
  });
});

describe('reading a question page', () => {
  it('reads the heading, the hint, then each option’s label: not the caption, the buttons or itself', async () => {
    withVoices([voice('Local British', 'en-GB')]);
    questionPage();
    await startReading();
    expect(words.hint(question)).toBeTruthy();
    expect(synth.readAll()).toEqual([words.label(question), words.hint(question), ...optionLabels]);
    await screen.findByRole('button', { name: 'Listen to this page' });
    expect(status()).toBe('Finished reading');
  });

  it('pauses, resumes and stops the device’s speech, the button saying which and the change announced', async () => {
    withVoices([voice('Local British', 'en-GB')]);
    questionPage();
    await startReading();
    expect(status()).toBe('Reading aloud');
    expect(document.activeElement?.textContent).toBe('Pause reading');
    fireEvent.click(screen.getByRole('button', { name: 'Pause reading' }));
    expect(synth.pause).toHaveBeenCalledTimes(1);
    expect(status()).toBe('Reading paused');
    fireEvent.click(await screen.findByRole('button', { name: 'Resume reading' }));
    expect(synth.resume).toHaveBeenCalledTimes(1);
    await screen.findByRole('button', { name: 'Pause reading' });
    synth.cancel.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    const again = await listen();
    expect(document.activeElement).toBe(again);
    expect(status()).toBe('Reading stopped');
    expect(screen.queryByRole('button', { name: 'Stop reading' })).toBeNull();
    // Nothing more is read once stopped, even when the device reports the end of what it was saying.
    const count = synth.spoken.length;
    synth.spoken.at(-1)!.onend?.();
    expect(synth.spoken.length).toBe(count);
  });

  it('marks the part being read, and the word its boundary events name, then clears both when stopped', async () => {
    withVoices([voice('Local British', 'en-GB')]);
    questionPage();
    await startReading();
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.classList.contains('ltw-read-aloud-current')).toBe(true);
    const label = words.label(question);
    const at = label.indexOf('hospital');
    void act(() => synth.spoken[0]!.onboundary?.({ name: 'word', charIndex: at }));
    expect(highlights.get('ltw-read-aloud-word')!.ranges[0]!.toString()).toBe('hospital');
    // The engine's own length, where it gives one, leaves out the question mark.
    expect(label).toMatch(/happened\?$/);
    void act(() =>
      synth.spoken[0]!.onboundary?.({ name: 'word', charIndex: label.indexOf('happened'), charLength: 8 }),
    );
    expect(highlights.get('ltw-read-aloud-word')!.ranges[0]!.toString()).toBe('happened');
    synth.endPart();
    expect(heading.classList.contains('ltw-read-aloud-current')).toBe(false);
    expect(document.querySelector('.ltw-read-aloud-current')?.textContent).toBe(words.hint(question));
    expect(highlights.has('ltw-read-aloud-word')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(document.querySelector('.ltw-read-aloud-current')).toBeNull();
    expect(highlights.size).toBe(0);
  });

  it('stops when the person moves to another page or leaves this one', async () => {
    withVoices([voice('Local British', 'en-GB')]);
    const { unmount } = questionPage();
    await startReading();
    synth.cancel.mockClear();
    void act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    fireEvent.click(await listen());
    await screen.findByRole('button', { name: 'Pause reading' });
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalledTimes(1);
  });

  it('leaves out words in a language the device has no voice for, rather than misread them', async () => {
    withVoices([voice('Local Welsh', 'cy')]);
    render(
      <main>
        <ReadAloudSlot t={t} lang="cy" />
        <h1>Sut byddwn ni’n gweithio gyda’n gilydd</h1>
        <p lang="en">How we will work together</p>
        <p>Cytundeb</p>
      </main>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Listen to this page' }));
    await waitFor(() => expect(synth.spoken.length).toBe(1));
    expect(synth.readAll()).toEqual(['Sut byddwn ni’n gweithio gyda’n gilydd', 'Cytundeb']);
  });
});
