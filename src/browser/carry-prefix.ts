/** How window.name starts when a page carried answers to the same page in another language. */
export const CARRY_PREFIX = 'ltw-carry:';
