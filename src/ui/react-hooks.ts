/*
 * "react", as far as @xstate/react and the use-sync-external-store shim it relies on use it: the
 * hooks they call, straight from Preact. The wizard has no React components, so preact/compat's
 * class, DOM and event layers are not needed: leaving them out keeps about 4 KB gzip off the first
 * load. astro.config.mjs points "react" here; the browser tests run the whole wizard on it.
 */
export {
  useCallback,
  useContext,
  useDebugValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'preact/hooks';
export { createContext, createElement } from 'preact';
