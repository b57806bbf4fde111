/*
 * Compile-time checks of the schema: each constant below only type-checks when its rule holds, and
 * otherwise names what is wrong (e.g. "Type 'true' is not assignable to type '"patient-alve"'").
 * `npm run check` runs them; nothing imports them at run time.
 */
import type { FAMILY_JOURNEY } from './index';
import type { WORDING_VARIANTS } from './wording';
import type * as Named from '~/core/journey/schema/stages/conditions';

type Ok<Problems> = [Problems] extends [never] ? true : Problems;

type Steps = (typeof FAMILY_JOURNEY)['stages'][number]['steps'][number] | (typeof FAMILY_JOURNEY)['opening'][number];
type QuestionId = Exclude<Steps, { type: 'notice' }>['id'];
type StepById<Id> = Extract<Steps, { id: Id }>;
type OptionsOf<Id> =
  StepById<Id> extends { options: readonly (infer O)[] }
    ? O
    : StepById<Id> extends { type: 'yesNo' }
      ? 'yes' | 'no'
      : never;

/** Every condition in the schema: on steps, named in conditions.ts, and wording variants. */
type AllConditions =
  | NonNullable<Extract<Steps, { showIf?: unknown }>['showIf']>
  | (typeof Named)[keyof typeof Named]
  | (typeof WORDING_VARIANTS)[number]['when'];

/** What a condition gets wrong: a question id that does not exist, or an option that question does not have. */
type Problems<C> = C extends { all: readonly (infer X)[] }
  ? Problems<X>
  : C extends { any: readonly (infer X)[] }
    ? Problems<X>
    : C extends { not: infer X }
      ? Problems<X>
      : C extends { question: infer Q; equals: infer V }
        ? Q extends QuestionId
          ? V extends OptionsOf<Q>
            ? never
            : `${Q}: no option "${V & string}"`
          : `no question "${Q & string}"`
        : C extends { question: infer Q; includes: infer V }
          ? Q extends QuestionId
            ? V extends OptionsOf<Q>
              ? never
              : `${Q}: no option "${V & string}"`
            : `no question "${Q & string}"`
          : C extends { question: infer Q }
            ? Q extends QuestionId
              ? never
              : `no question "${Q & string}"`
            : never;

export const conditionsNameRealQuestionsAndOptions: Ok<Problems<AllConditions>> = true;

/** A question offering an "other" or "none" option must list it among its options. */
type SpecialOptionProblems<S> = S extends { id: infer Id; options: readonly (infer O)[] }
  ? | (S extends { otherOption: infer X }
        ? X extends O
          ? never
          : `${Id & string}: otherOption "${X & string}"`
        : never)
    | (S extends { exclusiveOption: infer X }
        ? X extends O
          ? never
          : `${Id & string}: exclusiveOption "${X & string}"`
        : never)
  : never;
export const specialOptionsAreOptions: Ok<SpecialOptionProblems<Steps>> = true;
