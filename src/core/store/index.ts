export * from './types';
export { createEnvelope, parseEnvelope, readEnvelope } from './envelope';
export { migrate, type Migration, type MigrateResult } from './migrations';
export { MIGRATIONS } from './answers-migrations';
export { answersKind, createAnswersStore } from './answers-store';
export { isQuotaError } from './versioned-store';
export { MemoryStorage, createMemoryAnswersStore } from './memory-storage';
export { changedQuestions, entryOf, type Entry } from './changes';
// The merge of two tabs' answers (./merge) is left out on purpose: it loads when first needed.
