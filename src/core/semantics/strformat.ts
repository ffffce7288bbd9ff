// Models the parsing half of str.format from Objects/stringlib/unicode_format.h (3.11): MarkupIterator_next
// (literal text, '{{' / '}}', brace matching), parse_field (field name, '!conversion', ':spec'),
// field_name_split / FieldNameIterator ('.attr', '[key]', automatic numbering) and the recursion limit of
// nested specs. The VM drives the result: it resolves each field (getattr / getitem), applies the conversion,
// renders nested spec parts and calls format(value, spec).
//
// Errors are not thrown at parse time: CPython raises them while rendering, after the fields before them were
// looked up (and possibly raised first). They appear as { error } parts at their position.

import { ExcType, PyError } from './errors';
import { codePoints, fromCodePoints } from './unicode';

/**
 * One step after the field's first name. An { error } step is a malformed rest of the field name: CPython finds
 * it only after applying the steps before it (FieldNameIterator is lazy), so the VM throws it when it gets there.
 */
export type FieldAccessor = { readonly attr: string } | { readonly index: number } | { readonly key: string } | { readonly error: PyError };

export interface FormatField {
  /** A positional index (explicit or automatic) or a keyword name. */
  readonly arg: number | string;
  readonly accessors: readonly FieldAccessor[];
  readonly conversion: 'r' | 's' | 'a' | null;
  /** An unknown '!x' conversion: CPython raises it after looking the field up, so the VM throws it then. */
  readonly conversionError?: PyError;
  /** The format spec, itself made of literal text and nested fields. */
  readonly spec: readonly FormatPart[];
}

export type FormatPart = { readonly literal: string } | { readonly field: FormatField } | { readonly error: PyError };

interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

const err = (msg: string, type: PyError['excType'] = ExcType.ValueError): { error: PyError } => ({ error: new PyError(type, msg) });

/** Parses a str.format template into parts. */
export function parseFormatString(template: string): FormatPart[] {
  return build(codePoints(template), { state: 'init', next: 0 }, 2);
}

function build(cs: readonly number[], auto: AutoNumber, depth: number): FormatPart[] {
  if (depth <= 0) return [err('Max string recursion exceeded')];
  const parts: FormatPart[] = [];
  let pos = 0;
  const end = cs.length;
  while (pos < end) {
    const start = pos;
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = cs[pos++]!;
      if (c === 0x7b || c === 0x7d) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === 0x7d && (atEnd || cs[pos] !== 0x7d)) {
      parts.push(err("Single '}' encountered in format string"));
      return parts;
    }
    if (markup && atEnd && c === 0x7b) {
      parts.push(err("Single '{' encountered in format string"));
      return parts;
    }
    if (markup && !atEnd) {
      if (cs[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) parts.push({ literal: fromCodePoints(cs.slice(start, start + len)) });
    if (!markup) continue;
    const r = parseField(cs, pos, auto, depth);
    parts.push(r.part);
    if ('error' in r.part) return parts;
    pos = r.pos;
  }
  return parts;
}

/** parse_field: reads a field from just after its '{' through its closing '}' in the rest of the string. */
function parseField(cs: readonly number[], startPos: number, auto: AutoNumber, depth: number): { part: FormatPart; pos: number } {
  let pos = startPos;
  const end = cs.length;
  const fail = (msg: string): { part: FormatPart; pos: number } => ({ part: err(msg), pos });
  let c = 0;
  while (pos < end) {
    c = cs[pos++]!;
    if (c === 0x7b) return fail("unexpected '{' in field name");
    if (c === 0x5b) {
      while (pos < end && cs[pos] !== 0x5d) pos++;
      continue;
    }
    if (c === 0x7d || c === 0x3a || c === 0x21) break;
  }
  const name = cs.slice(startPos, pos - 1 < startPos ? startPos : pos - 1);
  let conversion: FormatField['conversion'] = null;
  let conversionError: PyError | undefined;
  let spec: readonly number[] = [];
  let needsExpanding = false;
  if (c === 0x21 || c === 0x3a) {
    let done = false;
    if (c === 0x21) {
      if (pos >= end) return fail('end of string while looking for conversion specifier');
      const conv = cs[pos++]!;
      if (conv === 0x72 || conv === 0x73 || conv === 0x61) conversion = String.fromCharCode(conv) as 'r' | 's' | 'a';
      else {
        const shown = conv > 32 && conv < 127 ? String.fromCharCode(conv) : `\\x${conv.toString(16)}`;
        conversionError = new PyError(ExcType.ValueError, `Unknown conversion specifier ${shown}`);
      }
      if (pos < end) {
        const d = cs[pos++]!;
        if (d === 0x7d) done = true;
        else if (d !== 0x3a) return fail("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = pos;
      let count = 1;
      let closed = false;
      while (pos < end) {
        const d = cs[pos++]!;
        if (d === 0x7b) {
          needsExpanding = true;
          count++;
        } else if (d === 0x7d) {
          count--;
          if (count === 0) {
            closed = true;
            break;
          }
        }
      }
      if (!closed) return fail("unmatched '{' in format spec");
      spec = cs.slice(specStart, pos - 1);
    }
  } else if (c !== 0x7d || pos > end) {
    return fail("expected '}' before end of string");
  }
  const split = splitFieldName(name, auto);
  if ('error' in split) return { part: split, pos };
  const specParts: FormatPart[] = needsExpanding ? build(spec, auto, depth - 1) : spec.length ? [{ literal: fromCodePoints(spec) }] : [];
  const field: FormatField = { arg: split.arg, accessors: split.accessors, conversion, spec: specParts, ...(conversionError ? { conversionError } : {}) };
  return { part: { field }, pos };
}

function isAllDigits(cs: readonly number[]): boolean {
  return cs.length > 0 && cs.every((c) => c >= 0x30 && c <= 0x39);
}

function splitFieldName(cs: readonly number[], auto: AutoNumber): { arg: number | string; accessors: FieldAccessor[] } | { error: PyError } {
  let i = 0;
  while (i < cs.length && cs[i] !== 0x2e && cs[i] !== 0x5b) i++;
  const first = cs.slice(0, i);
  let arg: number | string;
  if (first.length === 0) {
    if (auto.state === 'manual') return err('cannot switch from manual field specification to automatic field numbering');
    auto.state = 'auto';
    arg = auto.next++;
  } else if (isAllDigits(first)) {
    if (auto.state === 'auto') return err('cannot switch from automatic field numbering to manual field specification');
    auto.state = 'manual';
    const n = Number(fromCodePoints(first));
    if (!Number.isSafeInteger(n)) return err('Too many decimal digits in format string');
    arg = n;
  } else arg = fromCodePoints(first);
  const accessors: FieldAccessor[] = [];
  const bad = (msg: string): { arg: number | string; accessors: FieldAccessor[] } => {
    accessors.push(err(msg));
    return { arg, accessors };
  };
  while (i < cs.length) {
    const c = cs[i++];
    if (c === 0x2e) {
      const s = i;
      while (i < cs.length && cs[i] !== 0x2e && cs[i] !== 0x5b) i++;
      if (i === s) return bad('Empty attribute in format string');
      accessors.push({ attr: fromCodePoints(cs.slice(s, i)) });
    } else if (c === 0x5b) {
      const s = i;
      while (i < cs.length && cs[i] !== 0x5d) i++;
      if (i >= cs.length) return bad("Missing ']' in format string");
      const key = cs.slice(s, i);
      if (key.length === 0) return bad('Empty attribute in format string');
      i++;
      accessors.push(isAllDigits(key) ? { index: Number(fromCodePoints(key)) } : { key: fromCodePoints(key) });
      if (i < cs.length && cs[i] !== 0x2e && cs[i] !== 0x5b) return bad("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      return bad("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return { arg, accessors };
}

/** The IndexError text for a positional field past the arguments (3.11). */
export function replacementIndexError(index: number): PyError {
  return new PyError(ExcType.IndexError, `Replacement index ${index} out of range for positional args tuple`);
}

/**
 * Renders parsed parts with VM callbacks, for values that are plain (tests, simple VM paths):
 * `field(f)` returns the already-converted, already-formatted text of a field given its rendered spec.
 */
export function renderFormatParts(parts: readonly FormatPart[], field: (f: FormatField, spec: string) => string): string {
  let out = '';
  for (const p of parts) {
    if ('literal' in p) out += p.literal;
    else if ('error' in p) throw p.error;
    else out += field(p.field, renderFormatParts(p.field.spec, field));
  }
  return out;
}
