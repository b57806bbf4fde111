import { evaluate } from './conditions';
import { FAMILY } from './family';
import type { Condition } from '~/core/journey/schema/condition';
import type { Answers } from './schema';

/** An organisation that may help, with what a person needs to reach it. */
export interface SignpostOrganisation {
  id: string;
  name: string;
  description: string;
  phone?: string;
  phoneHours?: string;
  website: string;
  email?: string;
  /** Postal address, its parts on separate lines. */
  address?: string;
  /** When the trust last checked the phone number and address (YYYY-MM-DD). */
  checked?: string;
}

/** One rule from content/signposts.yaml, resolved for a locale and the trust's nation. */
export interface Signpost {
  id: string;
  when: Condition;
  organisations: SignpostOrganisation[];
  /** `lang` when the page is English standing in for one not translated yet. */
  guidance: { title: string; href: string; lang?: string }[];
}

/** The help that matches what a person said: each organisation and page once, in the rules' order. */
export interface Signposting {
  organisations: SignpostOrganisation[];
  guidance: { title: string; href: string; lang?: string }[];
}

/** The signposts whose rule holds for these answers, with repeats across rules removed. */
export function matchSignposts(
  signposts: readonly Signpost[],
  answers: Answers,
  only?: (rule: Signpost) => boolean,
): Signposting {
  const matched = signposts.filter((s) => (!only || only(s)) && evaluate(s.when, answers, FAMILY.question));
  const once = <T>(items: T[], key: (item: T) => string) => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];
  return {
    organisations: once(
      matched.flatMap((s) => s.organisations),
      (o) => o.id,
    ),
    guidance: once(
      matched.flatMap((s) => s.guidance),
      (g) => g.href,
    ),
  };
}
