// Play / pause for the timeline: a requestAnimationFrame loop that advances the trace store's moment by events or
// by lines (playback.ts) at the chosen speed, and stops at the end of the run or when the trace is replaced.

import { onScopeDispose, ref, watch } from 'vue';
import { useTraceStore } from '../../stores/trace';
import { advance, PlayUnit, SPEEDS } from './playback';

/** The page's frame clock (typed here: this module is also type-checked with the Node-side tests). */
interface FrameClock {
  requestAnimationFrame(callback: (now: number) => void): number;
  cancelAnimationFrame(handle: number): void;
}
const clock = (): FrameClock => globalThis as unknown as FrameClock;

export function usePlayback() {
  const trace = useTraceStore();
  const playing = ref(false);
  const unit = ref<PlayUnit>(PlayUnit.LINE);
  const speed = ref<number>(SPEEDS.line[1]!);
  let frame = 0;
  /** The previous frame's timestamp; null before the first frame of a play. */
  let last: number | null = null;
  let carry = 0;

  function tick(now: number): void {
    if (!playing.value) return;
    const dt = last === null ? 0 : now - last;
    last = now;
    const lines = trace.overview?.lines ?? [];
    const next = advance({ moment: trace.moment, carry }, dt, speed.value, unit.value, trace.eventCount, lines);
    carry = next.carry;
    if (next.moment !== trace.moment) trace.seek(next.moment);
    if (next.moment >= trace.eventCount) {
      pause();
      return;
    }
    frame = clock().requestAnimationFrame(tick);
  }

  function play(): void {
    if (playing.value || !trace.loaded) return;
    if (trace.moment >= trace.eventCount) trace.seek(0); // play from the start once at the end
    playing.value = true;
    trace.setScrubbing(true);
    last = null;
    carry = 0;
    frame = clock().requestAnimationFrame(tick);
  }

  function pause(): void {
    if (playing.value) trace.setScrubbing(false);
    playing.value = false;
    clock().cancelAnimationFrame(frame);
  }

  const toggle = () => (playing.value ? pause() : play());

  watch(() => trace.loaded, (loaded) => loaded || pause());
  onScopeDispose(pause);

  return { playing, unit, speed, play, pause, toggle };
}
