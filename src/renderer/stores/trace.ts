// The trace the service holds, as every pane sees it (contracts §4): the current moment, the view at that
// moment (frameAt, latest-wins while scrubbing), the previous view, the selected object, the run's overview
// and the trace's info. Panes read from here and write only through seek / step / select.
//
// Invariants:
// 1. 0 ≤ moment ≤ eventCount; moment changes at once on seek, `view` when its frameAt arrives;
// 2. at most one frameAt is in flight (latestWins.ts); intermediate moments requested meanwhile are dropped; a
//    frameAt starts at most once per animation frame, and while scrubbing at most once per SCRUB_VIEW_MS;
// 3. `view` and `previousView` are shallow refs of frozen-in-spirit plain data: never made deeply reactive
//    (a 2,000-object view would cost a proxy per field on every scrub step);
// 4. a view from a trace replaced since (adopt / clear) is never shown.

import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import type { MomentView } from '../../recorder/views';
import type { Navigation, RunSummary } from '../../shared/sim-service';
import { latestWins } from '../features/timeline/latestWins';
import { POSITION_KEY, positionFor, readPosition, sourceHash, writePosition, type TracePosition } from '../features/timeline/position';
import { OVERVIEW_BUCKETS, type TraceInfo, type TraceOverview } from '../features/timeline/serviceContract';
import { useSimClient } from '../host/sim-client';

export type { TraceInfo, TraceOverview } from '../features/timeline/serviceContract';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
const storage = (): StorageLike | undefined => (globalThis as { localStorage?: StorageLike }).localStorage;

/** The stored position, whatever trace it belongs to (null when none or unreadable). */
export function persistedPosition(): TracePosition | null {
  try {
    return readPosition(storage()?.getItem(POSITION_KEY) ?? null);
  } catch {
    return null;
  }
}

function storePosition(p: TracePosition): void {
  try {
    storage()?.setItem(POSITION_KEY, writePosition(p));
  } catch {
    // storage full or disabled: the position lasts for this page only
  }
}

/**
 * The next animation frame in the page, or 100 ms if that comes first (a hidden page runs no frames, and the
 * fetcher must not wait on one forever); at once where there are no frames (unit tests under Node).
 */
function nextFrame(): Promise<void> {
  const raf = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (!raf) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    raf(() => (clearTimeout(timer), resolve()));
  });
}

/**
 * While scrubbing, a frameAt starts at most this often. Measured on a 1.1M-event run (e2e scrub-performance): a
 * view costs the page ~10 ms to receive (structured clone and validation) and its canvas panes (the reference
 * graph, the arena map) ~25 ms of compositor commit plus ~17 ms of Cytoscape drawing in software compositing; at
 * one view per frame every frame of a drag was long. At 10 views a second the cursor, the moment counter and the
 * chart marker (which follow `moment`) still move every frame.
 */
const SCRUB_VIEW_MS = 100;

/** How long after a move the position is stored. */
const PERSIST_DELAY_MS = 400;

/** Steps waiting for the one in flight (keyboard auto-repeat). */
const MAX_QUEUED_STEPS = 3;

export const useTraceStore = defineStore('trace', () => {
  const client = useSimClient();

  const loaded = ref(false);
  const summary = shallowRef<RunSummary | null>(null);
  const info = shallowRef<TraceInfo | null>(null);
  const eventCount = ref(0);
  const moment = ref(0);
  const view = shallowRef<MomentView | null>(null);
  const previousView = shallowRef<MomentView | null>(null);
  const selected = ref<number | null>(null);
  const overview = shallowRef<TraceOverview | null>(null);
  /**
   * True while the student drags the scrubber or playback runs: `view` then changes at most 10 times a second
   * (the moment every frame); a pane may also do only the cheap part of its update until it is false.
   */
  const scrubbing = ref(false);
  /** When the last frameAt started (performance.now()), for the pace while scrubbing. */
  let fetchedAt = -Infinity;
  /** The last failure of a service call made by this store (frameAt, navigate, overview, traceInfo). */
  const error = ref<string | null>(null);
  /** Bumped by adopt / clear so that answers about a replaced trace are dropped (invariant 4). */
  let epoch = 0;
  /** The stored position as it was when the trace held was adopted. */
  let savedBeforeAdopt: TracePosition | null = null;

  const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

  const frames = latestWins<number, MomentView>(
    async (i) => {
      fetchedAt = performance.now();
      return (await client.frameAt(i)) as unknown as MomentView;
    },
    (v) => {
      previousView.value = view.value;
      view.value = v;
    },
    (e) => (error.value = message(e)),
    Object.is,
    pace,
  );

  /** The next animation frame, and while scrubbing not before SCRUB_VIEW_MS after the last frameAt started. */
  async function pace(): Promise<void> {
    const wait = scrubbing.value ? fetchedAt + SCRUB_VIEW_MS - performance.now() : 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await nextFrame();
  }

  function seek(i: number): void {
    if (!loaded.value) return;
    const to = Math.max(0, Math.min(eventCount.value, Math.round(Number.isFinite(i) ? i : 0)));
    moment.value = to;
    if (view.value?.index === to && !frames.busy) return;
    frames.request(to);
  }

  /**
   * Steps run one after another, each from the moment the previous one reached (a held arrow key repeats faster
   * than a navigate round trip); beyond MAX_QUEUED_STEPS waiting, further steps are dropped.
   */
  let steps: Promise<void> = Promise.resolve();
  let queuedSteps = 0;
  function step(nav: Navigation, dir: 'forward' | 'backward', arg?: number): Promise<void> {
    if (!loaded.value || queuedSteps >= MAX_QUEUED_STEPS) return steps;
    queuedSteps++;
    const mine = epoch; // a step asked for before the trace was replaced is dropped
    steps = steps.then(() => stepOnce(mine, nav, dir, arg)).finally(() => queuedSteps--);
    return steps;
  }

  async function stepOnce(mine: number, nav: Navigation, dir: 'forward' | 'backward', arg?: number): Promise<void> {
    if (!loaded.value || mine !== epoch) return;
    try {
      const to = await client.navigate(nav, moment.value, dir, arg ?? -1);
      if (to !== null && mine === epoch) seek(to);
    } catch (e) {
      error.value = message(e);
    }
  }

  function setScrubbing(on: boolean): void {
    scrubbing.value = on;
  }

  function select(id: number | null): void {
    selected.value = id;
  }

  /** Forgets the trace (a new run started, or the service failed): panes show nothing until the next adopt. */
  function clear(): void {
    epoch++;
    frames.reset();
    loaded.value = false;
    summary.value = null;
    info.value = null;
    overview.value = null;
    eventCount.value = 0;
    moment.value = 0;
    view.value = null;
    previousView.value = null;
    selected.value = null;
    error.value = null;
    scrubbing.value = false;
  }

  /**
   * Takes the trace the service now holds (a run ended, a file was imported): fetches its info and overview,
   * then moves to its focus, or with `restore` to the position stored for this same trace, or to the end.
   */
  async function adopt(next: RunSummary, options: { readonly restore?: boolean } = {}): Promise<void> {
    savedBeforeAdopt = persistedPosition(); // read before this trace's own moves overwrite it
    clear();
    const mine = epoch;
    summary.value = next;
    eventCount.value = next.events;
    loaded.value = true;
    moment.value = next.events;
    try {
      const [traceInfo, traceOverview] = await Promise.all([client.traceInfo(), client.overview(OVERVIEW_BUCKETS)]);
      if (mine !== epoch) return;
      info.value = traceInfo;
      overview.value = traceOverview;
      const focus = traceInfo.focus;
      if (options.restore && restorePosition()) return;
      if (focus) {
        selected.value = focus.object !== null && focus.object >= 0 ? focus.object : null;
        seek(focus.moment);
        return;
      }
    } catch (e) {
      if (mine !== epoch) return;
      error.value = message(e);
    }
    seek(next.events);
  }

  /**
   * The position stored for the trace held before it was adopted (adopt's own moves are stored too, so the
   * stored value is read first), or null when none was stored for this trace.
   */
  function persistedMoment(): TracePosition | null {
    return info.value ? positionFor(savedBeforeAdopt, eventCount.value, info.value.source) : null;
  }

  /** Moves to the stored position of this trace, if there is one; true if it did. */
  function restorePosition(): boolean {
    const p = persistedMoment();
    if (!p) return false;
    selected.value = p.selected;
    seek(p.moment);
    return true;
  }

  // Persisted a moment after the last change of moment or selection (a drag changes the moment every frame;
  // localStorage.setItem is synchronous and was measurable while scrubbing), and at once when the page hides.
  let persistTimer: ReturnType<typeof setTimeout> | null = null;
  function persistNow(): void {
    if (persistTimer !== null) clearTimeout(persistTimer);
    persistTimer = null;
    if (loaded.value && info.value) {
      storePosition({ moment: moment.value, selected: selected.value, events: eventCount.value, sourceHash: sourceHash(info.value.source) });
    }
  }
  watch([moment, selected, info], () => {
    if (persistTimer === null) persistTimer = setTimeout(persistNow, PERSIST_DELAY_MS);
  });
  (globalThis as { addEventListener?: (type: string, listener: () => void) => void }).addEventListener?.('pagehide', persistNow);

  return {
    loaded,
    summary,
    info,
    eventCount,
    moment,
    view,
    previousView,
    selected,
    overview,
    error,
    scrubbing,
    setScrubbing,
    seek,
    step,
    select,
    adopt,
    clear,
    persistedMoment,
    restorePosition,
    persistNow,
  };
});
