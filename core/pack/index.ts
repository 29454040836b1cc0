/** The topic pack: its format, runtime validation and canonical serialisation. */

export type * from './types';
export { formatPack } from './format-pack';
export { LANGS } from './validate-entities';
export { assertValidPack, type PackValidation, validatePack } from './validate-pack';
