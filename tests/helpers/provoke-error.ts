import type { Page } from 'playwright-core';
import { SAMPLES } from '~/core/questions/samples';
import type { Question, QuestionType } from '~/core/journey/schema';
import type { Samples } from '~/core/questions/samples';

/**
 * Fills a question's page with input its rules reject, the way a person would type it (too long, a bad
 * date, an email without @). Returns false for questions no input can make wrong (optional yes/no).
 */
export async function provokeError(page: Page, question: Question): Promise<boolean> {
  const invalid = (SAMPLES[question.type] as Samples<QuestionType>).invalid(question);
  if (!invalid) return false;
  for (const step of invalid.input) {
    if ('check' in step) await page.check(`#${step.check}`);
    else await page.fill(`#${step.fill}`, step.text);
  }
  return true;
}
