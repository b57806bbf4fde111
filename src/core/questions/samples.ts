/*
 * Sample answers of every question type, for the generated tests only (nothing in src/ imports this,
 * which tests/unit/architecture.test.ts checks, so samples never reach the bundle).
 */
import type { QuestionType } from './types';
import type { Samples } from './sample-types';
import { textSamples } from '~/core/questions/text/samples';
import { longTextSamples } from '~/core/questions/long-text/samples';
import { singleChoiceSamples } from '~/core/questions/single-choice/samples';
import { multiChoiceSamples } from '~/core/questions/multi-choice/samples';
import { yesNoSamples } from '~/core/questions/yes-no/samples';
import { dateSamples } from '~/core/questions/date/samples';
import { contactSamples } from '~/core/questions/contact/samples';
import { listSamples } from '~/core/questions/list/samples';
import { peopleSamples } from '~/core/questions/people/samples';
import { logSamples } from '~/core/questions/log/samples';
import { ledgerSamples } from '~/core/questions/ledger/samples';
import { openQuestionsSamples } from '~/core/questions/open-questions/samples';
import { draftCommentsSamples } from '~/core/questions/draft-comments/samples';

export const SAMPLES: { [T in QuestionType]: Samples<T> } = {
  text: textSamples,
  longText: longTextSamples,
  singleChoice: singleChoiceSamples,
  multiChoice: multiChoiceSamples,
  yesNo: yesNoSamples,
  date: dateSamples,
  contact: contactSamples,
  list: listSamples,
  people: peopleSamples,
  log: logSamples,
  ledger: ledgerSamples,
  openQuestions: openQuestionsSamples,
  draftComments: draftCommentsSamples,
};
export type { PageInput, Samples } from './sample-types';
