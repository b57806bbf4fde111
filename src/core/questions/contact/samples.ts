import type { Samples } from '~/core/questions/sample-types';
import type { ContactField } from './rules';

const SAMPLE: Record<ContactField, string> = {
  name: 'Alex Example',
  relationship: 'Friend',
  organisation: 'Example Advocacy',
  role: 'Advocate',
  phone: '01632 960 000',
  email: 'alex@example.com',
  address: '1 Example Street\nExampletown EX1 1EX',
  hours: 'Monday to Friday, 9am to 5pm',
};

export const contactSamples: Samples<'contact'> = {
  valid: (question) => [Object.fromEntries(question.fields.map((f) => [f, SAMPLE[f]]))],
  enter: (question) => [{ fill: `${question.id}-${question.fields[0]}`, text: SAMPLE[question.fields[0]!] }],
  invalid: (question) =>
    question.fields.includes('email')
      ? { answer: { email: 'name at example' }, input: [{ fill: `${question.id}-email`, text: 'name at example' }] }
      : { answer: { phone: 'call me' }, input: [{ fill: `${question.id}-phone`, text: 'call me' }] },
};
