/**
 * The engine-free part of @parley/views (`@parley/views/validation`): validation, error
 * mapping and the text hash. The browser's validation worker imports only this, so it never
 * loads the engines.
 */
export { failureOf } from './failure.ts';
export { textHash } from './textHash.ts';
export { validateText } from './validateText.ts';
