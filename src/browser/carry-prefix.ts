/** How window.name starts when a page carried answers to the same page in another language. */
export { CARRY_PREFIX } from '~/core/store/types';
