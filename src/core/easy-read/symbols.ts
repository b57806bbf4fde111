/*
 * The Mulberry symbols the easy read agreement uses (src/assets/symbols/mulberry, NOTICE-mulberry-symbols.md),
 * chosen by a person for each thing the agreement can say, never matched by machine. Each is shipped under
 * its id as SVG (the page) and PNG (the PDF), with its alternative text at easyRead:symbols.<id>.
 */

/** Symbol id: the Mulberry file it was copied from (EN/<name>.svg in mulberrysymbols/mulberry-symbols). */
export const MULBERRY_SOURCES = {
  agreement: 'pen_and_paper',
  changeMind: 'change_mind_,_to',
  who: 'who',
  when: 'when',
  where: 'where',
  date: 'calendar',
  organisation: 'office_block',
  family: 'family',
  team: 'group_work',
  phone: 'telephone_handset',
  message: 'mobile_phone_text_message',
  email: 'email',
  letter: 'letter',
  help: 'help_,_to',
  worried: 'worried_lady',
  meet: 'meet_,_to',
  notes: 'notepad',
  ask: 'ask_,_to',
  read: 'read_,_to',
  talk: 'talk_1_,_to',
  report: 'new_document',
  write: 'write_,_to',
  time: 'clock',
  change: 'change_,_to',
  think: 'think_,_to',
  pause: 'time_out',
  share: 'share_,_to',
  signpost: 'signpost',
  agree: 'shake_hands_,_to',
} as const;

export type SymbolId = keyof typeof MULBERRY_SOURCES;

export const SYMBOL_IDS = Object.keys(MULBERRY_SOURCES) as SymbolId[];

/**
 * The picture for what a block says (its key under agreement:): the most specific match wins, so
 * "statements.draft-report-how.email" can show an email while the rest of that question shows a report.
 */
const SYMBOL_FOR: Readonly<Record<string, SymbolId>> = {
  'statements.patient-name': 'who',
  'statements.when-it-happened': 'when',
  'statements.where-it-happened': 'where',
  'statements.relationship': 'family',
  'statements.patient-can-take-part': 'family',
  'statements.acting-for-patient': 'family',
  'statements.your-contact-details': 'phone',
  'statements.main-contact-details': 'phone',
  'statements.other-people': 'family',
  'statements.other-people-none': 'family',
  'statements.do-not-share': 'share',
  'statements.contact-methods': 'phone',
  'statements.contact-methods-note': 'time',
  'statements.messages-ok': 'message',
  'statements.update-frequency': 'date',
  'statements.information-formats': 'read',
  'statements.information-formats-none': 'read',
  'statements.communication-support': 'talk',
  'statements.communication-support-none': 'talk',
  'statements.communication-support-note': 'talk',
  'statements.professional-interpreter': 'talk',
  'statements.interpreter-sex': 'talk',
  'statements.other-needs': 'help',
  'statements.other-needs-none': 'help',
  'statements.patient-information-formats': 'read',
  'statements.patient-information-formats-none': 'read',
  'statements.patient-communication-support': 'talk',
  'statements.patient-communication-support-none': 'talk',
  'statements.patient-communication-support-note': 'talk',
  'statements.patient-professional-interpreter': 'talk',
  'statements.patient-interpreter-sex': 'talk',
  'statements.patient-other-needs': 'help',
  'statements.patient-other-needs-none': 'help',
  'statements.avoid-upset': 'worried',
  'statements.meeting-places': 'meet',
  'statements.meeting-places-note': 'where',
  'statements.meeting-notes': 'notes',
  'statements.family-questions': 'ask',
  'statements.see-terms-of-reference': 'read',
  'statements.questions-outside-scope': 'ask',
  'statements.give-account-how': 'talk',
  'statements.draft-report-how': 'report',
  'statements.draft-report-how.post': 'letter',
  'statements.draft-report-how.email': 'email',
  'statements.draft-report-how.meeting-first': 'meet',
  'statements.warn-before-draft': 'report',
  'statements.comments-due': 'date',
  'statements.need-more-time': 'time',
  'statements.final-meeting-wanted': 'meet',
  'statements.action-updates': 'change',
  'statements.action-updates-how-often': 'change',
  'statements.involvement-level': 'think',
  'statements.if-you-step-back': 'pause',
  'statements.what-matters': 'think',
  'statements.making-it-harder': 'worried',
  'statements.making-it-harder-none': 'worried',
  'fields.organisation': 'organisation',
  'fields.madeOn': 'date',
  'fields.reviewDate': 'date',
  'fields.leadInvestigator': 'team',
  'fields.engagementLead': 'team',
  'fields.deputy': 'team',
  'fields.outOfHours': 'phone',
  'fields.scope': 'read',
  'fields.timescales': 'date',
  'fields.commentDays': 'time',
  'needs.phone': 'phone',
  'needs.email': 'email',
  'needs.address': 'letter',
  'needs.anyContact': 'phone',
  'needs.postOrEmail': 'letter',
  'needs.interpreterLanguage': 'talk',
  'needs.patientInterpreterLanguage': 'talk',
  'needs.supporter': 'family',
  'paragraphs.concerns': 'worried',
  'paragraphs.pals': 'talk',
  'paragraphs.choices': 'pause',
  'paragraphs.confidentiality': 'share',
  'paragraphs.mnsi': 'share',
  'paragraphs.support': 'signpost',
  'paragraphs.supportOnSite': 'signpost',
  notDiscussed: 'think',
  notAgreedYet: 'think',
  organisations: 'signpost',
  signatures: 'agree',
  signature: 'write',
  intro: 'agreement',
  change: 'changeMind',
};

/** A section's picture, for anything in it without one of its own (words added after the symbols were chosen). */
const SECTION_SYMBOL: Readonly<Record<string, SymbolId>> = {
  about: 'agreement',
  people: 'family',
  needs: 'talk',
  communication: 'phone',
  meetings: 'meet',
  questions: 'ask',
  report: 'report',
  concerns: 'worried',
  choices: 'pause',
  confidentiality: 'share',
  support: 'help',
  signatures: 'agree',
};

/** The symbol for a key, trying "a.b.c", then "a.b"; else the section's. */
export function symbolFor(key: string, sectionId: string): SymbolId {
  for (let k = key; k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    const found = SYMBOL_FOR[k];
    if (found) return found;
  }
  return SECTION_SYMBOL[sectionId] ?? 'agreement';
}
