// Where the last trace is kept between sessions (restore on restart): the interface, and a stash in memory for
// tests. The page's stash is IndexedDB (indexedDbStash.ts).
//
// Invariants:
// 1. load() never throws: an unreadable store reads as "nothing stored" (start-up must not block on it);
// 2. save() replaces the one record; clear() removes it.

export interface TraceStash {
  load(): Promise<string | null>;
  save(base64: string): Promise<void>;
  clear(): Promise<void>;
}

/** A stash in memory (tests; browsers without IndexedDB). */
export function memoryStash(initial: string | null = null): TraceStash & { readonly value: string | null } {
  let value = initial;
  return {
    get value() {
      return value;
    },
    load: async () => value,
    save: async (v) => void (value = v),
    clear: async () => void (value = null),
  };
}
