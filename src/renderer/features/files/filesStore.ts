// Trace files in the workspace: Save trace (the whole run), Share moment (the same with a focus: the moment and
// the selection a reader lands on), Open (a chosen, dropped or double-clicked file), and the last trace kept in
// IndexedDB so a restart reopens it where the student was. The service validates every file (src/recorder/
// file.ts); this store only carries base64 and reports the service's one message when a file is refused.
//
// Invariants:
// 1. A refused file changes nothing: the trace store is touched only after importTrace succeeded;
// 2. at most one stash save is in flight; changes meanwhile are saved once it ends (the latest state wins);
// 3. a damaged stored trace is dropped with a console note, and start-up goes on without it.
//
// Cost: every stash save is one exportTrace in the worker (gzip of the whole log) and one IndexedDB put. Measured
// here: the cycle demo (~3,000 events) exports in ~20 ms (14 KB of base64); a 3.04M-event run exports in ~2 s
// (3.2 MB) and imports in ~15 s. So every save waits for STASH_DELAY_MS of quiet; moment and selection changes
// rewrite the stash only for traces up to STASH_FOLLOW_MAX_EVENTS (~30 ms of worker time each); larger traces are
// stored once per run or import (the trace store's own persisted position brings the moment back), and traces
// above STASH_MAX_EVENTS are not kept at all (a restart would spend many seconds re-importing them).

import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { MAX_SOURCE_LENGTH, MAX_TRACE_BASE64 } from '../../../shared/sim-service';
import { useSimClient } from '../../host/sim-client';
import { useEditorStore } from '../../stores/editor';
import { useRunStore } from '../../stores/run';
import { useTraceStore } from '../../stores/trace';
import { bytesToBase64, traceFileName } from './traceBytes';
import type { TraceStash } from './traceStash';

/** Quiet time after the last moment/selection change before the stash is rewritten. */
export const STASH_DELAY_MS = 1500;
/** Traces up to this many events are rewritten on moment/selection changes. */
export const STASH_FOLLOW_MAX_EVENTS = 50_000;
/** Traces above this many events are not kept for the next start (the stash is cleared instead). */
export const STASH_MAX_EVENTS = 1_000_000;
/** How long a confirmation ("Trace opened") stays. */
const NOTICE_MS = 4000;

/** A trace ready to be written somewhere: its file name and content. */
export interface TraceDownload {
  readonly name: string;
  readonly base64: string;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const useFilesStore = defineStore('files', () => {
  const client = useSimClient();
  const trace = useTraceStore();
  const run = useRunStore();
  const editor = useEditorStore();
  /** The last file problem (one sentence, the service's own message), until the next successful action. */
  const message = ref<string | null>(null);
  /** What was just done ('saved' | 'shared' | 'opened' | 'restored'), for a short confirmation; null otherwise. */
  const notice = ref<string | null>(null);
  const busy = ref(false);
  let stash: TraceStash | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | null = null;

  /** Shows a confirmation for a few seconds. */
  function notify(kind: string): void {
    notice.value = kind;
    if (noticeTimer !== null) clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      noticeTimer = null;
      notice.value = null;
    }, NOTICE_MS);
  }

  const programName = (): string => trace.info?.filename ?? 'main.py';

  /** The trace held as a file: the whole run, or (`share`) focused on the current moment and selection. */
  async function exportTrace(share: boolean): Promise<TraceDownload | null> {
    if (!trace.loaded) return null;
    try {
      const base64 = await client.exportTrace(share ? { moment: trace.moment, object: trace.selected ?? -1 } : null);
      message.value = null;
      notify(share ? 'shared' : 'saved');
      return { name: traceFileName(programName(), share ? trace.moment : null), base64 };
    } catch (e) {
      message.value = messageOf(e);
      return null;
    }
  }

  /** Opens a .heapscope file given as base64; a refused file leaves the open trace as it was (invariant 1). */
  async function importBase64(base64: string): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    try {
      const summary = await client.importTrace(base64);
      message.value = null;
      notify('opened');
      await trace.adopt(summary);
      return true;
    } catch (e) {
      message.value = messageOf(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Opens a file the student chose or dropped. */
  async function importFile(file: Blob): Promise<boolean> {
    // base64 is 4/3 of the bytes: refuse here what the wire would refuse anyway, with a plainer message.
    if (Math.ceil(file.size / 3) * 4 > MAX_TRACE_BASE64) {
      message.value = `this file is too large to be a Heapscope trace (${file.size} bytes)`;
      return false;
    }
    let base64: string;
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      message.value = `the file could not be read (${messageOf(e)})`;
      return false;
    }
    return importBase64(base64);
  }

  /**
   * Opens what the student chose or dropped: a Python program (`.py`) goes into the editor; anything else is
   * taken for a trace (and the service says so if it is not one).
   */
  async function openFile(file: Blob & { readonly name: string }): Promise<boolean> {
    if (!/\.py$/i.test(file.name)) return importFile(file);
    if (file.size > MAX_SOURCE_LENGTH * 4) {
      message.value = `this program is too large to edit (${file.size} bytes)`;
      return false;
    }
    const text = await file.text();
    if (text.length > MAX_SOURCE_LENGTH) {
      message.value = `this program is too large to edit (${text.length} characters)`;
      return false;
    }
    editor.source = text;
    message.value = null;
    return true;
  }

  function dismiss(): void {
    message.value = null;
    notice.value = null;
  }

  // ---- the stash (restore on restart) ----
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving = false;
  let again = false;
  /** The stash is behind the trace held (a new trace, or a move worth saving). */
  let dirty = false;

  async function saveStash(): Promise<void> {
    if (stash === null || !trace.loaded || !dirty) return;
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    dirty = false;
    try {
      if (trace.eventCount > STASH_MAX_EVENTS) {
        // Not kept (see Cost above); an older trace must not come back in its place.
        await stash.clear();
        return;
      }
      const base64 = await client.exportTrace({ moment: trace.moment, object: trace.selected ?? -1 });
      await stash.save(base64);
    } catch (e) {
      console.warn(`heapscope: the trace could not be kept for the next start (${messageOf(e)})`);
    } finally {
      saving = false;
      if (again) {
        again = false;
        dirty = true;
        scheduleStash(0);
      }
    }
  }

  function scheduleStash(delay = STASH_DELAY_MS): void {
    if (stash === null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void saveStash();
    }, delay);
  }

  /**
   * Start-up: reopens the stored trace silently (unless a trace is already held), then keeps the stash up to
   * date — after each run or import, and debounced on moment and selection changes.
   */
  async function restore(store: TraceStash): Promise<boolean> {
    stash = store;
    let restored = false;
    const stored = await store.load();
    // Checked in the same tick as the import is sent: a run asked for later queues behind it in the worker, and
    // one already under way (or finished) wins — the stored trace must not replace it in the service.
    if (stored !== null && !trace.loaded && !run.busy) {
      try {
        const summary = await client.importTrace(stored);
        if (!trace.loaded && !run.busy) {
          await trace.adopt(summary, { restore: true });
          notify('restored');
          restored = true;
        }
      } catch (e) {
        console.info(`heapscope: dropped the stored trace (${messageOf(e)})`);
        await store.clear().catch(() => undefined);
      }
    }
    // Saves wait for STASH_DELAY_MS of quiet — after a run or import too — so an export never queues in the
    // worker in front of the frameAt requests of a student who is scrubbing.
    watch(
      () => trace.info,
      (info) => {
        if (!info) return;
        dirty = true;
        scheduleStash();
      },
    );
    watch([() => trace.moment, () => trace.selected], () => {
      if (!trace.loaded) return;
      if (trace.eventCount <= STASH_FOLLOW_MAX_EVENTS) dirty = true;
      if (dirty) scheduleStash(); // also postpones a pending save while the moment moves
    });
    return restored;
  }

  /** Writes the stash now if a save is pending (tests; page hide). */
  async function flushStash(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      await saveStash();
    }
  }

  return { message, notice, busy, exportTrace, importBase64, importFile, openFile, dismiss, restore, flushStash };
});
