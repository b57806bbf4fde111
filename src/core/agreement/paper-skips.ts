import type { Condition, QuestionId } from '~/core/journey/schema';
import type { QuestionWords } from '~/core/questions/question-words';
import { questionById } from '~/core/journey/family';

/** One thing a question waits on, as the paper form can say it: a box ticked (or not) at a numbered question. */
type Clause =
  | { question: string; options: string[]; ticked: boolean }
  | { question: string; answered: true }
  | { either: Clause[] };

const same = (a: Condition, b: Condition) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The clauses of a question's condition, with what is already known dropped: "not (about someone else and
 * they have died)", asked only about someone else, is just "they have not died".
 */
function clauses(condition: Condition, known: readonly Condition[] = []): Clause[] {
  if ('all' in condition)
    return condition.all.flatMap((part, i) => clauses(part, [...known, ...condition.all.slice(0, i)]));
  if ('any' in condition) {
    const parts = condition.any.flatMap((part) => clauses(part, known));
    const choices = parts.filter((p): p is Extract<Clause, { options: string[] }> => 'options' in p && p.ticked);
    // "Partly" or "No" at the same question reads as one clause.
    if (choices.length === parts.length && new Set(choices.map((c) => c.question)).size === 1)
      return [{ question: choices[0]!.question, options: choices.flatMap((c) => c.options), ticked: true }];
    return [{ either: parts }];
  }
  if ('not' in condition) {
    const inner = condition.not;
    if ('not' in inner) return clauses(inner.not, known);
    if ('all' in inner) {
      const left = inner.all.filter((part) => !known.some((k) => same(k, part)));
      return clauses(left.length === 1 ? { not: left[0]! } : { any: left.map((part) => ({ not: part })) }, known);
    }
    if ('any' in inner) return clauses({ all: inner.any.map((part) => ({ not: part })) }, known);
    return clauses(inner, known).map((c) => ('options' in c ? { ...c, ticked: !c.ticked } : c));
  }
  if ('equals' in condition) return [{ question: condition.question, options: [condition.equals], ticked: true }];
  if ('includes' in condition) return [{ question: condition.question, options: [condition.includes], ticked: true }];
  return [{ question: condition.question, answered: true }];
}

function optionWords(words: QuestionWords, id: string, option: string): string {
  const question = questionById(id as QuestionId);
  const text =
    question.type === 'yesNo' ? words.yesNo(question, option as 'yes' | 'no') : words.option(question, option);
  return words.t('agreement:paper.skip.option', { option: text });
}

function say(words: QuestionWords, numbers: ReadonlyMap<string, number>, clause: Clause): string {
  const { t } = words;
  if ('either' in clause) return clause.either.map((c) => say(words, numbers, c)).join(t('agreement:paper.skip.or'));
  const number = numbers.get(clause.question);
  // A condition on a question the form does not print would be an instruction no one can follow.
  if (number === undefined) throw new Error(`The paper form does not ask "${clause.question}", which a skip needs`);
  if ('answered' in clause) return t('agreement:paper.skip.answered', { number });
  const options = clause.options.map((o) => optionWords(words, clause.question, o)).join(t('agreement:paper.skip.or'));
  return t(clause.ticked ? 'agreement:paper.skip.ticked' : 'agreement:paper.skip.notTicked', { options, number });
}

/**
 * What the paper form says above a question the wizard asks only sometimes: "Only answer this if you
 * ticked … at question 3", made from the same condition the wizard reads, so paper and screen agree.
 */
export function skipInstruction(
  words: QuestionWords,
  numbers: ReadonlyMap<string, number>,
  condition: Condition | undefined,
): string | undefined {
  if (!condition) return undefined;
  const conditions = clauses(condition).map((c) => say(words, numbers, c));
  return words.t('agreement:paper.skip.onlyIf', { conditions: conditions.join(words.t('agreement:paper.skip.and')) });
}
