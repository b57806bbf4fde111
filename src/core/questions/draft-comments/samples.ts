import type { Samples } from '~/core/questions/sample-types';
import { COMMENT_KINDS, COMMENT_TEXT_MAX } from './rules';

export const draftCommentsSamples: Samples<'draftComments'> = {
  valid: () => [
    ...COMMENT_KINDS.map((kind) => ({ comments: [{ id: 'c1', kind, where: 'Page 4', text: 'A comment' }] })),
    { comments: [{ id: 'c1', text: 'A comment with no kind' }] },
  ],
  enter: (question) => [
    { check: `${question.id}-1-kind` },
    { fill: `${question.id}-1-text`, text: `Typed for ${question.id}` },
  ],
  invalid: (question) => {
    const text = 'a'.repeat(COMMENT_TEXT_MAX + 1);
    return { answer: { comments: [{ id: 'c1', text }] }, input: [{ fill: `${question.id}-1-text`, text }] };
  },
};
