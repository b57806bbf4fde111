import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementModel } from '~/core/agreement/model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import { REPO_ROOT } from './paths';
import { openSansBytes } from './pdf-fonts';

/** Where generated PDFs and their page pictures go (gitignored), to look at by hand. */
export const PDF_OUTPUT = join(REPO_ROOT, 'tests/.output/pdf');

/** The fixed "now" every test PDF is made at. */
export const MADE_AT = new Date('2026-11-23T10:00:00Z');

const built = new Map<string, Promise<{ bytes: Uint8Array; file: string }>>();

/** Builds a model's PDF once per test file and saves it as tests/.output/pdf/<name>.pdf. */
export function agreementPdf(name: string, model: AgreementModel): Promise<{ bytes: Uint8Array; file: string }> {
  let result = built.get(name);
  if (!result) {
    result = buildAgreementPdf(model, openSansBytes(), undefined, { now: MADE_AT }).then((bytes) => {
      mkdirSync(PDF_OUTPUT, { recursive: true });
      const file = join(PDF_OUTPUT, `${name}.pdf`);
      // Test files run in parallel and may write the same PDF: renaming means nobody reads half a file.
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      return { bytes, file };
    });
    built.set(name, result);
  }
  return result;
}

/** Runs a poppler tool and returns its stdout. */
export function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext', ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}
