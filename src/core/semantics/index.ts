// The semantics library: CPython 3.11's number, string, formatting and hashing behaviour as pure functions
// over plain JS values (int → bigint, float → number, str → string, bytes → Uint8Array), for the VM to call.
// Every expected value in the tests comes from scripts/record_semantics_oracle.py run on python3.11.
//
// Contracts for callers:
//  - Errors are thrown as PyError { excType, msg } with CPython's exact text; KeyError's msg is str(exc)
//    (the key's repr). ExcType.ComplexResult is not an exception: CPython returns a complex there.
//  - Hashes are signed 64-bit bigints. hash(None), object.__hash__ and a nan's hash are
//    hashPointer(address of the object) in 3.11; bool hashes as 0/1; hash(str) is siphash13 with
//    PYTHONHASHSEED=0 over the str's kind-sized data.
//  - str values are JS strings read by code point (a well-formed surrogate pair is one astral character).
//  - The set table and dict keys state are plain data mutated in place (immer-draft friendly).

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
export * from './setops';
export * from './dictkeys';
export * from './formatspec';
export * from './percent';
export * from './strformat';
