// A small runtime schema for protocol payloads: each schema checks an `unknown` and names the bad
// field in its error, and its static type is derived from it, so the wire types and their
// validation cannot drift apart (one definition, two uses).
//
// Invariants:
// 1. A value a schema accepts is plain data: null, booleans, finite numbers, strings, arrays and
//    plain objects only, so it survives both structuredClone and JSON.stringify unchanged.
// 2. `parse` never returns a value that differs from its input except by the omission of keys the
//    schema does not name on an `object` schema (unknown keys are rejected, not dropped).

/** Thrown when received data does not match its schema; `path` names the offending field. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export interface Schema<T> {
  /** Returns `value` typed as T, or throws a SchemaError naming `path` (default: 'value'). */
  parse(value: unknown, path?: string): T;
  /** A short human description used in error messages, e.g. 'string' or 'array of number'. */
  readonly description: string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
      return `a ${ctor ?? 'non-plain'} object`;
    }
    return 'an object';
  }
  return `a ${typeof value}`;
}

function schema<T>(description: string, check: (value: unknown, path: string) => T): Schema<T> {
  return { description, parse: (value, path = 'value') => check(value, path) };
}

export function string(options: { readonly maxLength?: number } = {}): Schema<string> {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  return schema('string', (value, path) => {
    if (typeof value !== 'string') throw new SchemaError(path, `expected a string, got ${describe(value)}`);
    if (value.length > max) {
      throw new SchemaError(path, `string of length ${value.length} exceeds the limit of ${max}`);
    }
    return value;
  });
}

/** A finite number; `integer` additionally requires a safe integer, `min` / `max` inclusive bounds. */
export function number(options: { readonly integer?: boolean; readonly min?: number; readonly max?: number } = {}): Schema<number> {
  return schema(options.integer ? 'integer' : 'number', (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new SchemaError(path, `expected a finite number, got ${describe(value)}`);
    }
    if (options.integer && !Number.isSafeInteger(value)) {
      throw new SchemaError(path, `expected an integer, got ${value}`);
    }
    if (options.min !== undefined && value < options.min) {
      throw new SchemaError(path, `expected a number >= ${options.min}, got ${value}`);
    }
    if (options.max !== undefined && value > options.max) {
      throw new SchemaError(path, `expected a number <= ${options.max}, got ${value}`);
    }
    return value;
  });
}

export function boolean(): Schema<boolean> {
  return schema('boolean', (value, path) => {
    if (typeof value !== 'boolean') throw new SchemaError(path, `expected a boolean, got ${describe(value)}`);
    return value;
  });
}

export function literal<const L extends string | number | boolean | null>(expected: L): Schema<L> {
  return schema(JSON.stringify(expected), (value, path) => {
    if (value !== expected) {
      const got = typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : describe(value);
      throw new SchemaError(path, `expected ${JSON.stringify(expected)}, got ${got}`);
    }
    return expected;
  });
}

export function oneOf<const L extends readonly string[]>(options: L): Schema<L[number]> {
  const allowed = new Set<string>(options);
  return schema(options.map((o) => JSON.stringify(o)).join(' | '), (value, path) => {
    if (typeof value !== 'string' || !allowed.has(value)) {
      const got = typeof value === 'string' ? JSON.stringify(value) : describe(value);
      throw new SchemaError(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${got}`);
    }
    return value as L[number];
  });
}

export function array<T>(item: Schema<T>, options: { readonly maxLength?: number } = {}): Schema<readonly T[]> {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  return schema(`array of ${item.description}`, (value, path) => {
    if (!Array.isArray(value)) throw new SchemaError(path, `expected an array, got ${describe(value)}`);
    if (value.length > max) throw new SchemaError(path, `array of length ${value.length} exceeds the limit of ${max}`);
    return value.map((element, i) => item.parse(element, `${path}[${i}]`));
  });
}

type TupleOf<S extends readonly Schema<unknown>[]> = { readonly [K in keyof S]: Infer<S[K]> };

/** A fixed-length array; method argument lists are tuples. */
export function tuple<const S extends readonly Schema<unknown>[]>(items: S): Schema<TupleOf<S>> {
  return schema(`[${items.map((s) => s.description).join(', ')}]`, (value, path) => {
    if (!Array.isArray(value)) throw new SchemaError(path, `expected an array, got ${describe(value)}`);
    if (value.length !== items.length) {
      throw new SchemaError(path, `expected ${items.length} element(s), got ${value.length}`);
    }
    return items.map((s, i) => s.parse(value[i], `${path}[${i}]`)) as unknown as TupleOf<S>;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

type Shape = Readonly<Record<string, Schema<unknown>>>;
type ObjectOf<S extends Shape> = { readonly [K in keyof S]: Infer<S[K]> };

/** A plain object with exactly the named keys (invariant 2: an unexpected key is an error). */
export function object<const S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return schema(`{ ${keys.join(', ')} }`, (value, path) => {
    if (!isPlainObject(value)) throw new SchemaError(path, `expected a plain object, got ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) throw new SchemaError(`${path}.${key}`, 'unexpected field');
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (!Object.hasOwn(value, key)) throw new SchemaError(`${path}.${key}`, 'missing field');
      out[key] = shape[key]!.parse(value[key], `${path}.${key}`);
    }
    return out as ObjectOf<S>;
  });
}

/**
 * Any plain data (invariant 1), checked to a bounded depth; for payloads whose shape a later layer checks.
 *
 * Cost: one allocation-free walk (a 2,000-object moment view is ~40,000 values, checked on every step while
 * scrubbing; building each value's path string as it went took ~7 ms of a step). Only a payload that fails is
 * walked again, with paths, to name its first bad value.
 */
export function plainData(maxDepth = 64): Schema<PlainData> {
  const ok = (value: unknown, depth: number): boolean => {
    if (depth > maxDepth) return false;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
    if (typeof value === 'number') return Number.isFinite(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (!ok(value[i], depth + 1)) return false;
      return true;
    }
    if (isPlainObject(value)) {
      for (const key in value) if (Object.hasOwn(value, key) && !ok(value[key], depth + 1)) return false;
      return true;
    }
    return false;
  };
  const check = (value: unknown, path: string, depth: number): void => {
    if (depth > maxDepth) throw new SchemaError(path, `nested deeper than ${maxDepth} levels`);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new SchemaError(path, `${describe(value)} is not plain data (not JSON-safe)`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((element, i) => check(element, `${path}[${i}]`, depth + 1));
      return;
    }
    if (isPlainObject(value)) {
      for (const [key, element] of Object.entries(value)) check(element, `${path}.${key}`, depth + 1);
      return;
    }
    throw new SchemaError(path, `${describe(value)} is not plain data`);
  };
  return schema('plain data', (value, path) => {
    if (!ok(value, 0)) check(value, path, 0);
    return value as PlainData;
  });
}

export type PlainData =
  | null
  | boolean
  | number
  | string
  | readonly PlainData[]
  | { readonly [key: string]: PlainData };
