/**
 * When a question (or notice, wording variant, agreement paragraph) applies, as data. One evaluator,
 * `evaluate()` in ../conditions.ts, serves the journey, the machine, the wording and the agreement.
 */
export type Condition =
  /** A single or multiple choice answer holds this option, or a yes/no answer is this value. */
  | { question: string; equals: string }
  /** A multiple choice answer includes this option. */
  | { question: string; includes: string }
  /** The question has an answer (anything visible). */
  | { question: string; answered: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };
