export * from './case-details';
export {
  LINK_MAX_CHARS,
  LINK_VERSION,
  decodeCaseLink,
  encodeCaseLink,
  looksLikeCaseLink,
  type DecodeResult,
  type EncodeResult,
  type LinkError,
} from './link';
export {
  FILE_MAX_CHARS,
  FILE_VERSION,
  createAnswersFile,
  expectRole,
  readAnswersFile,
  type AnswersFileInput,
  type FileError,
  type ReadFileResult,
  type Role,
} from './answers-file';
export { PBKDF2_ITERATIONS } from './passphrase';
