// Models the geometry of a combined dict's keys table in Objects/dictobject.c (3.11): new_keys_object,
// calculate_log2_keysize / estimate_log2_keysize, insertdict's resizes (GROWTH_RATE = used × 3, and the
// switch from a unicode-keys table to a general one), delitem's dummies, popitem, clear, the presizing of
// _PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP) and dict_merge/copy, and _PyDict_SizeOf.
// Iteration order is insertion order and needs no emulation; this tracks only what sizes depend on.
//
// Invariants:
//  1. log2Size ≥ 3 unless `empty` (the shared Py_EMPTY_KEYS, which getsizeof does not count).
//  2. usable + nentries = USABLE_FRACTION(2^log2Size) for a table created by new_keys_object.
//  3. used ≤ nentries: deleted entries stay until the next resize (dummies).
// Not modelled: split-table instance dicts (shared keys), which the object model handles.

export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;
/** sizeof(PyDictObject) + GC header: sys.getsizeof({}) in 3.11. */
export const DICT_OBJECT_SIZE = 64;
/** sizeof(PyDictKeysObject) header in 3.11. */
export const DICT_KEYS_HEADER = 32;

export const DictKeysKind = {
  /** DICT_KEYS_UNICODE: all keys are exact str; PyDictUnicodeEntry (16 bytes). */
  unicode: 'unicode',
  /** DICT_KEYS_GENERAL: PyDictKeyEntry (24 bytes, with the hash). */
  general: 'general',
} as const;
export type DictKeysKind = (typeof DictKeysKind)[keyof typeof DictKeysKind];

export interface DictKeysState {
  /** true: the shared empty keys of `{}` / `dict()` / after clear(). */
  empty: boolean;
  log2Size: number;
  kind: DictKeysKind;
  usable: number;
  nentries: number;
  used: number;
}

export const usableFraction = (n: number): number => Math.floor((n * 2) / 3);

function bitLength(n: number): number {
  return n <= 0 ? 0 : 32 - Math.clz32(n) + (n >= 2 ** 32 ? Math.floor(Math.log2(n / 2 ** 32)) + 1 : 0);
}

/** calculate_log2_keysize as 3.11 writes it: bit_length(((minsize | 8) - 1) | 7). For 16 this gives 5, not 4. */
export function calculateLog2Keysize(minsize: number): number {
  const m = (minsize | PyDict_MINSIZE) - 1;
  return bitLength(m | (PyDict_MINSIZE - 1));
}

/** estimate_log2_keysize: a size that holds n entries without resizing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** dk_log2_index_bytes: 1, 2, 4 or 8 bytes per index slot. */
export function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size < 32) return log2Size + 2;
  return log2Size + 3;
}

/** _PyDict_KeysSize / the allocation new_keys_object makes. */
export function keysObjectBytes(log2Size: number, kind: DictKeysKind): number {
  const entry = kind === DictKeysKind.unicode ? 16 : 24;
  return DICT_KEYS_HEADER + 2 ** log2IndexBytes(log2Size) + usableFraction(2 ** log2Size) * entry;
}

export function dictNew(): DictKeysState {
  return { empty: true, log2Size: 0, kind: DictKeysKind.unicode, usable: 0, nentries: 0, used: 0 };
}

function newKeys(d: DictKeysState, log2Size: number, kind: DictKeysKind): void {
  d.empty = false;
  d.log2Size = log2Size;
  d.kind = kind;
  d.usable = usableFraction(2 ** log2Size);
  d.nentries = 0;
}

/** dictresize: a new table, the live entries copied compactly. The unicode kind survives only if it was unicode. */
export function dictResize(d: DictKeysState, log2Size: number, unicode: boolean): void {
  const kind = unicode && (d.empty || d.kind === DictKeysKind.unicode) ? DictKeysKind.unicode : DictKeysKind.general;
  const used = d.used;
  newKeys(d, log2Size, kind);
  d.usable -= used;
  d.nentries = used;
}

/** dict_new_presized (_PyDict_FromItems for BUILD_MAP / BUILD_CONST_KEY_MAP of n items; unicode = all keys exact str). */
export function dictNewPresized(n: number, unicode: boolean): DictKeysState {
  const d = dictNew();
  if (n <= usableFraction(PyDict_MINSIZE)) return d;
  const log2 = n > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(n);
  newKeys(d, log2, unicode ? DictKeysKind.unicode : DictKeysKind.general);
  return d;
}

/** insertdict for a key not yet present. `keyIsStr`: the key is an exact str. */
export function dictInsertNew(d: DictKeysState, keyIsStr: boolean): void {
  if (d.empty) {
    // insert_to_emptydict
    newKeys(d, PyDict_LOG_MINSIZE, keyIsStr ? DictKeysKind.unicode : DictKeysKind.general);
  } else {
    if (d.kind === DictKeysKind.unicode && !keyIsStr) dictResize(d, calculateLog2Keysize(d.used * 3), false);
    if (d.usable <= 0) dictResize(d, calculateLog2Keysize(d.used * 3), true);
  }
  d.used++;
  d.usable--;
  d.nentries++;
}

/** insertdict for a key already present: only the unicode → general switch can happen. */
export function dictReplaceExisting(d: DictKeysState, keyIsStr: boolean): void {
  if (!d.empty && d.kind === DictKeysKind.unicode && !keyIsStr) dictResize(d, calculateLog2Keysize(d.used * 3), false);
}

/** del d[k] / d.pop(k): the slot becomes a dummy; nothing is given back to `usable`. */
export function dictDelete(d: DictKeysState): void {
  d.used--;
}

/** d.popitem(): removes the last entry; dk_nentries shrinks to it, usable does not grow. */
export function dictPopitem(d: DictKeysState, lastLiveIndex: number): void {
  d.nentries = lastLiveIndex;
  d.used--;
}

/** d.clear(): back to the shared empty keys. */
export function dictClear(d: DictKeysState): void {
  Object.assign(d, dictNew());
}

/** sys.getsizeof(d) for a combined-table dict. */
export function dictSizeof(d: DictKeysState): number {
  return DICT_OBJECT_SIZE + (d.empty ? 0 : keysObjectBytes(d.log2Size, d.kind));
}

/** Bytes of the separately allocated keys object (what the allocator serves), or 0 for the shared empty keys. */
export function dictKeysBytes(d: DictKeysState): number {
  return d.empty ? 0 : keysObjectBytes(d.log2Size, d.kind);
}

/**
 * The start of dict_merge(target, other) for a dict `other` (d.update(other), dict(other), {**other}):
 * either the keys object is cloned (target empty, other compact and freshly sized) → 'cloned', with nothing
 * left to insert; or one presizing resize may happen → 'insert', after which the VM inserts each key of other
 * (dictInsertNew for new keys).
 */
export function dictMergeBegin(d: DictKeysState, other: DictKeysState): 'nothing' | 'cloned' | 'insert' {
  if (other === d || other.used === 0) return 'nothing';
  if (d.used === 0 && !other.empty && other.used === other.nentries &&
      (other.log2Size === PyDict_LOG_MINSIZE || usableFraction(2 ** other.log2Size / 2) < other.used)) {
    Object.assign(d, { ...other });
    return 'cloned';
  }
  const size = d.empty ? 1 : 2 ** d.log2Size;
  if (usableFraction(size) < other.used) {
    dictResize(d, estimateLog2Keysize(d.used + other.used), other.kind === DictKeysKind.unicode);
  }
  return 'insert';
}

/** PyDict_Copy (d.copy(), copy.copy(d)): a clone of the keys when at most 1/3 of the entries are deleted. */
export function dictCopy(src: DictKeysState): { copy: DictKeysState; mustInsert: boolean } {
  if (src.used === 0) return { copy: dictNew(), mustInsert: false };
  if (src.used >= Math.floor((src.nentries * 2) / 3)) return { copy: { ...src }, mustInsert: false };
  const copy = dictNew();
  const how = dictMergeBegin(copy, src);
  return { copy, mustInsert: how === 'insert' };
}
