import type { Page } from 'playwright-core';
import type { Question } from '../../src/wizard/schema';
import { DEFAULT_LONG_TEXT_MAX, DEFAULT_TEXT_MAX } from '../../src/wizard/questions/text';

const long = (n: number) => 'a'.repeat(n);

/**
 * Fills a question's page with input that its rules reject, the way a person might (too long, a bad
 * date, an email without @). Returns false for questions no input can make wrong (optional choices).
 */
export async function provokeError(page: Page, question: Question): Promise<boolean> {
  const id = question.id;
  if (question.required) {
    if (question.type === 'text') await page.fill(`#${id}`, '   ');
    return true;
  }
  switch (question.type) {
    case 'text':
      await page.fill(`#${id}`, long((question.maxLength ?? DEFAULT_TEXT_MAX) + 1));
      return true;
    case 'longText':
      await page.fill(`#${id}`, long((question.maxLength ?? DEFAULT_LONG_TEXT_MAX) + 1));
      return true;
    case 'date':
      await page.fill(`#${id}-month`, '3');
      await page.fill(`#${id}-year`, '26');
      return true;
    case 'contact':
      if (question.fields.includes('email')) await page.fill(`#${id}-email`, 'name at example');
      else await page.fill(`#${id}-phone`, 'call me');
      return true;
    case 'list':
      await page.fill(
        question.item === 'text' ? `#${id}-item-1` : `#${id}-item-1-name`,
        long(question.item === 'text' ? 2001 : 101),
      );
      return true;
    case 'log':
      await page.fill(`#${id}-entry-1-month`, '3');
      await page.fill(`#${id}-entry-1-year`, '26');
      return true;
    case 'singleChoice':
    case 'multiChoice': {
      if (!question.otherOption) return false;
      const index = question.options.indexOf(question.otherOption);
      await page.check(index === 0 ? `#${id}` : `#${id}-${question.otherOption}`);
      await page.fill(`#${id}-other-detail`, long(501));
      return true;
    }
    case 'yesNo':
      return false;
  }
}
