// The last trace kept in this origin's IndexedDB: a trace is megabytes of base64 and localStorage holds ~5 MB
// per origin as UTF-16. One record ('last' in the 'traces' store of database 'heapscope'), replaced on each save.
// See traceStash.ts for the invariants.

import { memoryStash, type TraceStash } from './traceStash';

const DB_NAME = 'heapscope';
const STORE = 'traces';
const KEY = 'last';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB_NAME, 1);
  r.onupgradeneeded = () => {
    if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE);
  };
  return request(r);
}

/** The stash in this origin's IndexedDB; a stash that stores nothing where IndexedDB is missing. */
export function indexedDbStash(factory: IDBFactory | undefined = globalThis.indexedDB): TraceStash {
  if (factory === undefined) return memoryStash();
  let db: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode): Promise<IDBObjectStore> => {
    db ??= open(factory);
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    async load() {
      try {
        const value: unknown = await request((await store('readonly')).get(KEY));
        return typeof value === 'string' ? value : null;
      } catch (e) {
        console.warn(`heapscope: the stored trace could not be read (${e instanceof Error ? e.message : String(e)})`);
        return null;
      }
    },
    async save(base64) {
      await request((await store('readwrite')).put(base64, KEY));
    },
    async clear() {
      await request((await store('readwrite')).delete(KEY));
    },
  };
}

