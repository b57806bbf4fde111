import type { AnswerValue, Question } from '../../src/wizard/schema';

/** Valid answers to try for a question: every option of a choice, one plain value otherwise. */
export function sampleAnswers(question: Question): AnswerValue[] {
  switch (question.type) {
    case 'singleChoice':
      return question.options.map((choice) => ({ choice }));
    case 'multiChoice':
      return question.options.map((choice) => ({ choices: [choice] }));
    case 'yesNo':
      return ['yes', 'no'];
    case 'text':
    case 'longText':
      return ['An answer'];
    case 'date':
      return [{ month: '3', year: '2026' }];
    case 'contact':
      return [{ [question.fields[0]!]: 'Alex Example' }];
    case 'list':
      return [{ items: question.item === 'text' ? ['A question'] : [{ name: 'Alex Example' }] }];
    case 'log':
      return [{ entries: [{ date: { year: '2026' }, note: 'A note' }] }];
  }
}
