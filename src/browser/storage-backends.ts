import type { Backends } from '~/core/store/types';

/*
 * This browser's two storages, for the one store (src/core/store/): localStorage for "on this device",
 * sessionStorage for "only in this tab". Reaching either throws when site data is blocked; the store
 * guards every use, so these getters need not.
 */
export const browserBackends = (): Backends => ({
  local: () => window.localStorage,
  session: () => window.sessionStorage,
});
