import { registerLaterRules } from './rules';
import { LATER_RULES } from './later-rules';

/*
 * Imported for its effect: every question type's rules at once, for code that runs where nothing is
 * loaded on demand (the build, the tests) or that already loads after the first question (the team's
 * area, the agreement).
 */
registerLaterRules(LATER_RULES);
