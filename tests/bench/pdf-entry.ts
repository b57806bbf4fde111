// Bundled by tests/bench/pdf-bench.mjs for Node and for Chromium: the same code times the PDF in both.
import { PDFDocument } from 'pdf-lib';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { buildAgreementPdf } from '~/core/pdf/build-agreement';
import type { FontBytes } from '~/core/pdf/fonts';
import type { Answers } from '~/core/journey/schema';
import { completeFamily } from '../fixtures/answers/complete-family';
import { hostile } from '../fixtures/answers/hostile';
import { agreementInputs } from '../helpers/agreement-inputs';

export interface PdfTiming {
  name: string;
  medianMs: number;
  bytes: number;
  pages: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function timePdfBuilds(fonts: FontBytes, runs = 20): Promise<PdfTiming[]> {
  const fixtures: [string, Answers][] = [
    ['complete', completeFamily],
    ['hostile', { ...completeFamily, ...hostile }],
  ];
  const results: PdfTiming[] = [];
  for (const [name, answers] of fixtures) {
    const model = buildAgreementModel(answers, agreementInputs());
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    await buildAgreementPdf(model, fonts); // warm up: first run compiles code paths
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      bytes = await buildAgreementPdf(model, fonts);
      times.push(performance.now() - start);
    }
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    results.push({ name, medianMs: median(times), bytes: bytes.length, pages });
  }
  return results;
}
