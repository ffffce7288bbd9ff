// Running the program: the service records it in its worker while this store shows progress,
// lets the student cancel, and keeps the summary (stdout, stderr, how it ended). Where CPython's
// report points (errorLocation) is derived for the editor, and only while the text is unchanged.

import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { RunSummary } from '../../shared/sim-service';
import { errorLocation, type ErrorLocation } from '../features/editor/errorLocation';
import { useSimClient } from '../host/sim-client';
import { useEditorStore } from './editor';
import { useTraceStore } from './trace';

export const RunStatus = {
  /** Nothing has run yet. */
  IDLE: 'idle',
  /** The worker is recording; progress events arrive. */
  RUNNING: 'running',
  /** Cancel was asked for; the run's summary is on its way. */
  CANCELLING: 'cancelling',
  /** The run ended (in any way the program can end); `summary` says how. */
  DONE: 'done',
  /** The service itself failed; `error` says why. */
  FAILED: 'failed',
} as const;
export type RunStatus = (typeof RunStatus)[keyof typeof RunStatus];

export interface RunProgress {
  readonly events: number;
  readonly steps: number;
}

/** Stop reasons whose stderr is CPython's report of an error in the program. */
const REPORTED_ERRORS: ReadonlySet<string> = new Set(['exception', 'syntax-error']);

export const useRunStore = defineStore('run', () => {
  const client = useSimClient();
  const editor = useEditorStore();
  const trace = useTraceStore();
  const status = ref<RunStatus>(RunStatus.IDLE);
  const progress = shallowRef<RunProgress>({ events: 0, steps: 0 });
  const summary = shallowRef<RunSummary | null>(null);
  const error = ref<string | null>(null);
  /** The program text the summary belongs to. */
  const ranSource = ref<string | null>(null);

  const busy = computed(() => status.value === RunStatus.RUNNING || status.value === RunStatus.CANCELLING);

  async function run(): Promise<void> {
    if (busy.value) return;
    const source = editor.source;
    status.value = RunStatus.RUNNING;
    progress.value = { events: 0, steps: 0 };
    error.value = null;
    trace.clear(); // the service replaces the trace it holds as soon as the run starts
    const stop = client.on('onDidProgress', (next) => (progress.value = next));
    try {
      const result = await client.run(source, editor.profile);
      summary.value = result;
      ranSource.value = source;
      status.value = RunStatus.DONE;
      // Not awaited: the run is done when its summary is; the panes fill in as the trace store fetches.
      if (result.events > 0) void trace.adopt(result);
    } catch (e) {
      summary.value = null;
      ranSource.value = null;
      error.value = e instanceof Error ? e.message : String(e);
      status.value = RunStatus.FAILED;
    } finally {
      stop();
    }
  }

  async function cancel(): Promise<void> {
    if (status.value !== RunStatus.RUNNING) return;
    status.value = RunStatus.CANCELLING;
    try {
      await client.cancel();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  /** Where the error of the last run is, while the editor still holds the program that ran. */
  const errorAt = computed((): ErrorLocation | null => {
    const result = summary.value;
    if (!result || ranSource.value !== editor.source || !REPORTED_ERRORS.has(result.stopReason)) return null;
    return errorLocation(result.stderr, editor.source);
  });

  return { status, progress, summary, error, ranSource, busy, run, cancel, errorAt };
});
