import type { Translate } from '~/core/questions/types';
import { cleanText } from '~/core/text/text';
import type { CaseRecord } from './record';

/** Only characters every file system and drive keeps: accents dropped, anything else a hyphen. */
export function safeFileName(words: string): string {
  return words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?-+ ?/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 120);
}

/** A case's file, named by its reference and the day: `PSII-2026-014 case 2026-12-06.json`. */
export function caseFileName(record: CaseRecord, day: string, t: Translate): string {
  const reference = safeFileName(cleanText(record.setup.answers.reference as string | undefined));
  const name = reference
    ? t('investigator:fileNames.caseFile', { reference, date: day })
    : t('investigator:fileNames.caseFileUntitled', { date: day });
  return `${safeFileName(name)}.json`;
}
