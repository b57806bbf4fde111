export * from './types';
export { createEnvelope, parseEnvelope } from './envelope';
export { MIGRATIONS, migrate, type Migration, type MigrateResult } from './migrations';
export { createBrowserStore, isQuotaError, type Backends } from './browser-store';
export { MemoryStorage, createMemoryStore } from './memory-store';
