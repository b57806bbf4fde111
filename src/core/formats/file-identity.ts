import { isRecord } from '~/core/is-record';
import { APP_ID } from '~/core/store/types';
import { canonical } from './canonical';
import { looksLikeCaseLink } from './link';

/*
 * Which of the app's files a person chose, who it is from and which case it is for, and whether it was
 * added before: read from the file's outside only (never decrypted here), so every form can say what a
 * wrong file is and where it belongs, and no form adds the same file twice.
 */

/** Every kind of file (or text) the app makes that a person might choose in a file box. */
export type AppFileKind =
  /** A family member's answers file ("Download your answers"). */
  | 'family-answers'
  /** The team's whole case ("Save the case as a file"). */
  | 'case-file'
  /** The family's comments on the draft report. */
  | 'comments'
  /** The team's reply to those comments. */
  | 'reply'
  /** The family link's text, pasted into a file. */
  | 'case-link'
  /** A copy of what a browser kept (answers, a case or the team's details) that could not be read. */
  | 'saved-copy'
  /** A calendar file (.ics) of an agreed date. */
  | 'calendar'
  /** A PDF: the agreement, the comments, the record, a blank form. */
  | 'pdf';

const KIND_OF: Readonly<Record<string, AppFileKind>> = {
  'draft-comments': 'comments',
  'draft-comments-reply': 'reply',
};

/** What a file is, if it is one the app makes; undefined for anything else (another program's file). */
export function identifyFile(text: string): AppFileKind | undefined {
  const start = text.trimStart();
  if (start.startsWith('%PDF')) return 'pdf';
  if (start.startsWith('BEGIN:VCALENDAR')) return 'calendar';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return looksLikeCaseLink(text) ? 'case-link' : undefined;
  }
  if (!isRecord(data) || data.app !== APP_ID) return undefined;
  if (data.kind === 'answers-file')
    return data.role === 'investigator' ? 'case-file' : data.role === 'family' ? 'family-answers' : undefined;
  if (typeof data.kind === 'string' && KIND_OF[data.kind]) return KIND_OF[data.kind];
  // What a browser keeps: saved answers (schemaVersion), kept copies (copies), a case or the team's details (kind).
  return 'schemaVersion' in data || 'copies' in data || 'kind' in data ? 'saved-copy' : undefined;
}

/** The kind of a file chosen in a form for `wanted`, when it is another of the app's files. */
export function misplacedKind(text: string, wanted: AppFileKind): AppFileKind | undefined {
  const kind = identifyFile(text);
  return kind === wanted ? undefined : kind;
}

/** A reference or a name as people mean it: case, spacing and look-alike forms ignored. */
export const sameWords = (a: string, b: string) => normal(a) === normal(b);
const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/**
 * Whether a file is for this case by its reference: 'unknown' when either has none (a file made
 * before the family had the link, or a case with no reference yet), never a guess.
 */
export function referenceMatch(fileReference: string | undefined, caseReference: string | undefined) {
  if (!fileReference?.trim() || !caseReference?.trim()) return 'unknown' as const;
  return sameWords(fileReference, caseReference) ? ('same' as const) : ('different' as const);
}

/** The same data, whatever the order of its keys. */
export const sameContent = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** What tells one file from another: who it is from, when it was made, and what it holds. */
export interface FileIdentity {
  person?: string;
  /** When the file was made (ISO), as the file says. */
  createdAt: string;
  /** What the file holds; compared as canonical JSON, so key order never matters. */
  content: unknown;
}

/**
 * The same file added before: the same content, or the same person's file made at the same moment (a
 * copy someone edited by hand is still that file). Two people's files made at the same moment are not.
 */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (sameContent(a.content, b.content)) return true;
  return a.createdAt === b.createdAt && sameWords(a.person ?? '', b.person ?? '');
}
