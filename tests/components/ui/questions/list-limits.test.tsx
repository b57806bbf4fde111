import { createRef } from 'preact';
import { useState } from 'preact/hooks';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ListQuestion } from '~/ui/questions/ListQuestion';
import { LogQuestion } from '~/ui/questions/LogQuestion';
import { DraftCommentsQuestion } from '~/ui/questions/DraftCommentsQuestion';
import { FAMILY } from '~/core/journey/family';
import type { AnswerOf, QuestionOf, QuestionType } from '~/core/questions/types';
import type { QuestionProps } from '~/ui/questions/question-props';
import { words } from '../../words';

/** A question component holding its own answer, as the wizard does. */
function Held<T extends QuestionType>({
  Component,
  question,
  start,
}: {
  Component: (props: QuestionProps<T>) => preact.JSX.Element;
  question: QuestionOf<T>;
  start: AnswerOf<T>;
}) {
  const [value, setValue] = useState<AnswerOf<T> | undefined>(start);
  return (
    <Component
      question={question}
      value={value}
      onChange={setValue}
      words={words}
      errorFor={() => undefined}
      caption="Stage 3 of 5"
      headingRef={createRef()}
    />
  );
}

const list = FAMILY.question('family-questions') as QuestionOf<'list'>;
const log = FAMILY.question('timeline') as QuestionOf<'log'>;
const comments = FAMILY.question('draft-comments') as QuestionOf<'draftComments'>;
const many = (count: number, make: (i: number) => unknown) => Array.from({ length: count }, (_, i) => make(i));

const CASES = [
  {
    name: 'the family’s questions',
    max: list.maxItems,
    add: 'Add another',
    limit: `You can list up to ${list.maxItems} questions here. Put any others in the last box.`,
    render: (count: number) =>
      render(
        <Held Component={ListQuestion} question={list} start={{ items: many(count, (i) => `Q${i}`) as string[] }} />,
      ),
  },
  {
    name: 'a log',
    max: log.maxEntries,
    add: 'Add another entry',
    limit: `You can add up to ${log.maxEntries} entries here. Put anything else in the last entry.`,
    render: (count: number) =>
      render(
        <Held
          Component={LogQuestion}
          question={log}
          start={{ entries: many(count, (i) => ({ date: {}, note: `E${i}` })) as AnswerOf<'log'>['entries'] }}
        />,
      ),
  },
  {
    name: 'comments on a draft',
    max: comments.maxComments,
    add: 'Add another comment',
    limit: `You can add up to ${comments.maxComments} comments here. Put any others in the last comment.`,
    render: (count: number) =>
      render(
        <Held
          Component={DraftCommentsQuestion}
          question={comments}
          start={{
            comments: many(count, (i) => ({ id: `c${i}`, text: `C${i}` })) as AnswerOf<'draftComments'>['comments'],
          }}
        />,
      ),
  },
];

describe('a list at its limit says so where "Add another" was', () => {
  for (const c of CASES) {
    it(`${c.name}: one short of ${c.max} offers "${c.add}"; adding the last one says the limit, out loud too`, () => {
      c.render(c.max - 1);
      expect(screen.queryByText(c.limit)).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: c.add }));
      expect(screen.queryByRole('button', { name: c.add })).toBeNull();
      expect(document.querySelector('[data-limit]')?.textContent).toBe(c.limit);
      expect(screen.getByRole('status').textContent).toContain(c.limit);
    });

    it(`${c.name}: saved at ${c.max} shows the limit instead of the button`, () => {
      c.render(c.max);
      expect(screen.queryByRole('button', { name: c.add })).toBeNull();
      expect(screen.getByText(c.limit)).toBeTruthy();
    });
  }
});
