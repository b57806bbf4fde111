import type { Condition } from '~/core/journey/schema/types';
import { aboutSomeoneElse, notBereaved } from './conditions';

/*
 * Communication needs in the NHS Accessible Information Standard's terms (DAPB1605, 2025): the formats
 * information comes in, the communication support and professionals needed to talk, and anything else
 * that helps a person take part. Asked of the person filling this in and, when it is about someone else
 * who is alive, of the patient too: the standard covers families and carers as well as patients.
 */

/** The information formats, as the standard and RNIB name them. */
export const INFORMATION_FORMATS = ['large-print', 'easy-read', 'braille', 'audio', 'email', 'screen-reader'] as const;
export type InformationFormat = (typeof INFORMATION_FORMATS)[number];

const INTERPRETERS = ['spoken-interpreter', 'bsl-interpreter', 'deafblind-interpreter'] as const;
const SUPPORT = [...INTERPRETERS, 'lipspeaker', 'hearing-loop', 'advocate', 'none'] as const;
const OTHER_NEEDS = [
  'someone-with-me',
  'breaks',
  'more-time',
  'step-free',
  'help-reading',
  'welsh',
  'other',
  'none',
] as const;

const wantsInterpreter = <Q extends string>(question: Q) =>
  ({
    any: [
      { question, includes: 'spoken-interpreter' },
      { question, includes: 'bsl-interpreter' },
      { question, includes: 'deafblind-interpreter' },
    ],
  }) as const;

/**
 * The five pages for one person: formats, support, the interpreter's details only if one is needed, then
 * anything else. `when` is the condition for asking about this person at all (none for the person filling in).
 */
function needsOf<P extends string, W extends readonly Condition[]>(prefix: P, when: W) {
  const asked = when.length ? { showIf: { all: when } } : {};
  const interpreter = { showIf: { all: [...when, wantsInterpreter(`${prefix}communication-support`)] } } as const;
  return [
    {
      id: `${prefix}information-formats`,
      type: 'multiChoice',
      options: [...INFORMATION_FORMATS, 'none'],
      exclusiveOption: 'none',
      ...asked,
    },
    {
      id: `${prefix}communication-support`,
      type: 'multiChoice',
      options: SUPPORT,
      exclusiveOption: 'none',
      // The language and dialect (Sylheti, Mirpuri...) under its option, not on a page of its own.
      note: { maxLength: 100, revealedBy: 'spoken-interpreter' },
      ...asked,
    },
    {
      id: `${prefix}professional-interpreter`,
      type: 'singleChoice',
      options: ['yes', 'no', 'not-sure'],
      ...interpreter,
    },
    {
      id: `${prefix}interpreter-sex`,
      type: 'singleChoice',
      options: ['no-preference', 'woman', 'man'],
      ...interpreter,
    },
    {
      id: `${prefix}other-needs`,
      type: 'multiChoice',
      options: OTHER_NEEDS,
      otherOption: 'other',
      exclusiveOption: 'none',
      ...asked,
    },
  ] as const;
}

/** Asked about the patient only when someone else fills this in and the patient is alive. */
export const communicationNeeds = [
  ...needsOf('', [] as const),
  ...needsOf('patient-', [aboutSomeoneElse, notBereaved] as const),
] as const;

/** Every communication needs question, in the order asked. */
export const COMMUNICATION_NEEDS_IDS = communicationNeeds.map((q) => q.id);
