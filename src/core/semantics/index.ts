// The semantics library: CPython 3.11's number, string, formatting and hashing behaviour as pure functions
// over plain JS values (int → bigint, float → number, str → string, bytes → Uint8Array), for the VM to call.
// Errors are thrown as PyError { excType, msg } with CPython's exact message text.

export * from './errors';
export * from './floatdigits';
export * from './floatformat';
export * from './floatops';
export { powPositive } from './floatpow';
export * from './numconv';
export * from './intops';
export { parseInt as pyIntFromStr, parseFloat as pyFloatFromStr } from './numparse';
export * from './strrepr';
export * from './hash';
export { Flag, charFlags, hasFlag, decimalValue, mapCase, codePoints, fromCodePoints, pyLen, isBmpOnly } from './unicode';
export * from './strcase';
export * from './strmethods';
export * from './strslice';
export * from './settable';
export * from './dictkeys';
export * from './formatspec';
export * from './percent';
export * from './strformat';
export * from './setops';
