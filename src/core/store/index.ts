export * from './types';
export { createEnvelope, parseEnvelope, readEnvelope } from './envelope';
export { MIGRATIONS, migrate, type Migration, type MigrateResult } from './migrations';
export { createBrowserStore, isQuotaError, type Backends } from './browser-store';
export { MemoryStorage, createMemoryStore } from './memory-store';
export {
  changedQuestions,
  entryOf,
  mergeCases,
  mergeImported,
  settleConflicts,
  type Conflict,
  type Entry,
  type Merged,
} from './merge';
