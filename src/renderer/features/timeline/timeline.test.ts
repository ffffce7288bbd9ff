// The timeline's pure parts: the viewport (zoom about the pointer, pan, follow, clamping), playback by event and
// by line, the per-column lanes (lines executed, allocation/free rates, collections in view) and the painter over
// a recording Canvas2D mock — on small hand-built overviews for exact figures, and on the overview of a real
// recorded run (the generations demo: gc.collect(), gc.collect(0), gc.collect(1), gc.collect(), as the service serves it).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimService } from '../../../service/sim-service-host';
import type { TraceOverview } from './serviceContract';
import { advance, nextLineIndex, PlayUnit } from './playback';
import { densityColumns, lineColumns, visibleCollections } from './timelineColumns';
import { latestWins } from './latestWins';
import { collectionAt, hoverInfo } from './timelineHover';
import { keyBelongsToTarget, timelineKeyAction } from './timelineKeys';
import { cursorLeft, laneLayout, paintTimeline, PHASES_MIN_WIDTH, TIMELINE_PALETTES } from './timelinePainter';
import { clampViewport, fit, follow, MIN_SPAN, momentAt, pan, xOf, zoom } from './viewport';

/** An overview of `events` events in buckets of `bucketSize`, with the given per-bucket allocs and LINE events. */
function overview(patch: Partial<TraceOverview> & { events: number; bucketSize: number }): TraceOverview {
  const buckets = Math.ceil(patch.events / patch.bucketSize);
  const zeros = () => new Array<number>(buckets).fill(0);
  return {
    buckets,
    line: zeros(),
    allocs: zeros(),
    frees: zeros(),
    liveObjects: zeros(),
    blocksInUse: zeros(),
    arenas: zeros(),
    counts: [zeros(), zeros(), zeros()],
    thresholds: [zeros(), zeros(), zeros()],
    collections: [],
    lines: [],
    linesSampled: false,
    ...patch,
  };
}

/** Records every call a painter makes, with the fill style in effect. */
function recordingContext() {
  const calls: { op: string; args: unknown[]; fill: unknown }[] = [];
  const ctx = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    font: '',
    fillRect: (...args: number[]) => calls.push({ op: 'fillRect', args, fill: ctx.fillStyle }),
    strokeRect: (...args: number[]) => calls.push({ op: 'strokeRect', args, fill: ctx.strokeStyle }),
    clearRect: (...args: number[]) => calls.push({ op: 'clearRect', args, fill: null }),
    fillText: (...args: unknown[]) => calls.push({ op: 'fillText', args, fill: ctx.fillStyle }),
  };
  return { ctx, calls };
}

const labels = { lines: 'lines', density: 'alloc / free', gc: 'GC', generations: ['gen 0', 'gen 1', 'gen 2'] as const };
const light = TIMELINE_PALETTES.light;

describe('the viewport', () => {
  it('fits the run and maps moments to pixels and back', () => {
    const v = fit(1000);
    expect(v).toEqual({ from: 0, to: 1000 });
    expect(xOf(v, 500, 250)).toBe(125);
    expect(momentAt(v, 500, 125, 1000)).toBe(250);
    expect(momentAt(v, 500, -40, 1000)).toBe(0);
    expect(momentAt(v, 500, 900, 1000)).toBe(1000);
  });

  it('zooms about the anchor, keeping it at the same pixel, down to MIN_SPAN moments', () => {
    const v = zoom(fit(1000), 4, 500, 1000);
    expect(v).toEqual({ from: 375, to: 625 });
    expect(xOf(v, 400, 500)).toBe(xOf(fit(1000), 400, 500));
    let deep = v;
    for (let k = 0; k < 20; k++) deep = zoom(deep, 2, 500, 1000);
    expect(deep.to - deep.from).toBe(MIN_SPAN);
    expect(zoom(v, 1 / 100, 500, 1000)).toEqual({ from: 0, to: 1000 });
  });

  it('pans by a fraction of the window and stays inside the run', () => {
    const v = { from: 100, to: 200 };
    expect(pan(v, 0.5, 1000)).toEqual({ from: 150, to: 250 });
    expect(pan(v, -5, 1000)).toEqual({ from: 0, to: 100 });
    expect(pan(v, 50, 1000)).toEqual({ from: 900, to: 1000 });
    expect(clampViewport({ from: -10, to: 5 }, 1000)).toEqual({ from: 0, to: 20 });
  });

  it('follows a moment outside the window with a margin, and leaves a visible one alone', () => {
    const v = { from: 100, to: 200 };
    expect(follow(v, 150, 1000)).toBe(v);
    expect(follow(v, 300, 1000)).toEqual({ from: 210, to: 310 });
    expect(follow(v, 50, 1000)).toEqual({ from: 40, to: 140 });
  });
});

describe('playback', () => {
  const lines = [{ at: 3 }, { at: 10 }, { at: 11 }, { at: 40 }];

  it('advances by events at the chosen speed, carrying fractions between frames', () => {
    let s = { moment: 0, carry: 0 };
    for (let f = 0; f < 6; f++) s = advance(s, 1000 / 60, 10, PlayUnit.EVENT, 100, lines);
    expect(s.moment).toBe(0);
    s = advance(s, 1000 / 60, 10, PlayUnit.EVENT, 100, lines);
    expect(s.moment).toBe(1);
    expect(advance({ moment: 95, carry: 0 }, 1000, 100, PlayUnit.EVENT, 100, lines).moment).toBe(100);
  });

  it('a long frame advances at most a second of playback', () => {
    expect(advance({ moment: 0, carry: 0 }, 60_000, 10, PlayUnit.EVENT, 1000, lines).moment).toBe(10);
  });

  it('advances by lines to the moment after each LINE event, then to the end', () => {
    expect(nextLineIndex(lines, 3)).toBe(1);
    expect(nextLineIndex(lines, 2)).toBe(0);
    expect(advance({ moment: 0, carry: 0 }, 1000, 1, PlayUnit.LINE, 50, lines).moment).toBe(3);
    expect(advance({ moment: 3, carry: 0 }, 1000, 2, PlayUnit.LINE, 50, lines).moment).toBe(11);
    expect(advance({ moment: 11, carry: 0 }, 1000, 5, PlayUnit.LINE, 50, lines).moment).toBe(50);
  });
});

describe('the lanes', () => {
  it('lines: each column spans the lines executed in it, the line in effect carried across', () => {
    const o = overview({ events: 100, bucketSize: 10, lines: [{ at: 1, line: 1 }, { at: 20, line: 3 }, { at: 22, line: 5 }, { at: 60, line: 2 }] });
    const cols = lineColumns(o, fit(100), 10); // 10 moments per column
    expect([...cols.min]).toEqual([1, 1, 3, 5, 5, 5, 2, 2, 2, 2]);
    expect([...cols.max]).toEqual([1, 1, 5, 5, 5, 5, 2, 2, 2, 2]);
    expect([cols.lo, cols.hi]).toEqual([1, 5]);
    // Zoomed into moments [30, 50): line 5 is in effect throughout.
    const zoomed = lineColumns(o, { from: 30, to: 50 }, 4);
    expect([...zoomed.min]).toEqual([5, 5, 5, 5]);
  });

  it('density: allocation and free rates per event, spread over the columns a bucket covers', () => {
    const o = overview({ events: 40, bucketSize: 10, allocs: [10, 0, 5, 0], frees: [0, 2, 0, 10] });
    const d = densityColumns(o, fit(40), 4);
    expect([...d.allocs]).toEqual([1, 0, 0.5, 0]);
    expect([...d.frees]).toEqual([0, 0.2, 0, 1]);
    expect(d.peak).toBe(1);
    // Zoomed in beyond a bucket: each column shows its bucket's rate.
    const z = densityColumns(o, { from: 0, to: 20 }, 4);
    expect([...z.allocs]).toEqual([1, 1, 0, 0]);
    // A column over two buckets averages them by overlap.
    expect(densityColumns(o, fit(40), 2).allocs[0]).toBeCloseTo(0.5);
  });

  it('collections in view: those overlapping the window, by binary search', () => {
    const c = (start: number, end: number) => ({ generation: 0, start, end, collected: 0, uncollectable: 0, phases: [] });
    const o = overview({ events: 1000, bucketSize: 100, collections: [c(10, 20), c(100, 150), c(300, 320), c(900, 990)] });
    expect(visibleCollections(o, { from: 0, to: 1000 })).toEqual({ first: 0, last: 4 });
    expect(visibleCollections(o, { from: 140, to: 310 })).toEqual({ first: 1, last: 3 });
    expect(visibleCollections(o, { from: 400, to: 800 })).toEqual({ first: 3, last: 3 });
  });
});

describe('the painter', () => {
  const phases = [
    { phase: 'update-refs', at: 105 },
    { phase: 'subtract-refs', at: 110 },
    { phase: 'move-unreachable', at: 120 },
  ];
  const o = overview({
    events: 1000,
    bucketSize: 100,
    allocs: [50, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    lines: [{ at: 1, line: 1 }],
    collections: [
      { generation: 0, start: 100, end: 150, collected: 0, uncollectable: 0, phases },
      { generation: 2, start: 600, end: 700, collected: 3, uncollectable: 0, phases },
    ],
  });

  it('colours collections by generation at their moments, without phases when narrow', () => {
    const { ctx, calls } = recordingContext();
    paintTimeline(ctx, { overview: o, viewport: fit(1000), width: 400, height: 60, palette: light, labels });
    const gc = laneLayout(60).gc;
    const bars = calls.filter((c) => c.op === 'fillRect' && c.args[1] === gc.y && c.args[3] === gc.h && c.fill !== light.laneBackground);
    expect(bars.map((b) => [b.args[0], b.args[2], b.fill])).toEqual([
      [40, 20, light.generations[0]],
      [240, 40, light.generations[2]],
    ]);
    expect(calls.some((c) => c.op === 'fillText' && c.args[0] === 'update-refs')).toBe(false);
    // Named where the name fits: the 40 px collection of generation 2, not the 20 px one of generation 0.
    const names = calls.filter((c) => c.op === 'fillText' && String(c.args[0]).startsWith('gen '));
    expect(names.map((c) => [c.args[0], c.args[1]])).toEqual([['gen 2', 242]]);
    expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(expect.arrayContaining(['lines', 'alloc / free', 'GC']));
  });

  it('shows the phases of a collection zoomed in far enough, named where they fit', () => {
    const { ctx, calls } = recordingContext();
    const v = { from: 100, to: 150 }; // 20 px per moment
    expect(xOf(v, 1000, 150) - xOf(v, 1000, 100)).toBeGreaterThanOrEqual(PHASES_MIN_WIDTH);
    paintTimeline(ctx, { overview: o, viewport: v, width: 1000, height: 60, palette: light, labels });
    const names = calls.filter((c) => c.op === 'fillText').map((c) => c.args[0]);
    expect(names).toEqual(expect.arrayContaining(['update-refs', 'subtract-refs', 'move-unreachable']));
    const label = calls.find((c) => c.op === 'fillText' && c.args[0] === 'subtract-refs')!;
    expect(label.args[1]).toBe(xOf(v, 1000, 110) + 2);
  });

  it('draws allocations up from the middle of their lane, scaled to the run\'s peak', () => {
    const { ctx, calls } = recordingContext();
    paintTimeline(ctx, { overview: o, viewport: fit(1000), width: 10, height: 60, palette: light, labels });
    const lane = laneLayout(60).density;
    const half = Math.floor(lane.h / 2) - 1;
    const up = calls.filter((c) => c.op === 'fillRect' && c.fill === light.allocs);
    expect(up.map((c) => c.args)).toEqual([[0, lane.y + Math.floor(lane.h / 2) - half, 1, half]]);
  });

  it('places the cursor at the moment, or nowhere when it is out of view', () => {
    expect(cursorLeft(fit(1000), 500, 400)).toBe(199);
    expect(cursorLeft(fit(1000), 500, 0)).toBe(-1);
    expect(cursorLeft({ from: 0, to: 100 }, 500, 400)).toBeNull();
    expect(cursorLeft({ from: 200, to: 300 }, 500, 100)).toBeNull();
  });
});

describe('on a recorded run', () => {
  it("the generations demo's collections: its own gc.collect(), (0), (1), () first, each painted in its generation's colour", () => {
    const source = readFileSync(new URL('../../../../resources/demos/programs/03_generations.py', import.meta.url), 'utf8');
    const service = createSimService();
    const summary = service.run(source, '3.11') as { events: number };
    const o = service.overview(1000) as TraceOverview;
    expect(o.events).toBe(summary.events);
    expect(o.collections.slice(0, 4).map((c) => c.generation)).toEqual([2, 0, 1, 2]);
    const { ctx, calls } = recordingContext();
    paintTimeline(ctx, { overview: o, viewport: fit(o.events), width: 800, height: 60, palette: light, labels });
    const gc = laneLayout(60).gc;
    const bars = calls.filter((c) => c.op === 'fillRect' && c.args[1] === gc.y && c.args[3] === gc.h && light.generations.includes(c.fill as string));
    expect(bars.map((b) => b.fill)).toEqual(o.collections.map((c) => light.generations[c.generation]));
    // Every line of the program that runs appears in the lines lane's range.
    const cols = lineColumns(o, fit(o.events), 800);
    expect(cols.lo).toBe(Math.min(...o.lines.map((l) => l.line))); // 0: the module's RESUME is on line 0 in 3.11
    expect(cols.hi).toBe(source.trimEnd().split('\n').length);
  });
});

describe('the keyboard', () => {
  const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
    key: k,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });

  it('maps ←/→, Shift, Alt, Home and End to steps and seeks', () => {
    expect(timelineKeyAction(key('ArrowRight'))).toEqual({ kind: 'step', nav: 'event', dir: 'forward' });
    expect(timelineKeyAction(key('ArrowLeft'))).toEqual({ kind: 'step', nav: 'event', dir: 'backward' });
    expect(timelineKeyAction(key('ArrowRight', { shiftKey: true }))).toEqual({ kind: 'step', nav: 'over', dir: 'forward' });
    expect(timelineKeyAction(key('ArrowLeft', { shiftKey: true }))).toEqual({ kind: 'step', nav: 'over', dir: 'backward' });
    expect(timelineKeyAction(key('ArrowRight', { altKey: true }))).toEqual({ kind: 'step', nav: 'collection', dir: 'forward' });
    expect(timelineKeyAction(key('ArrowLeft', { altKey: true }))).toEqual({ kind: 'step', nav: 'collection', dir: 'backward' });
    expect(timelineKeyAction(key('Home'))).toEqual({ kind: 'seek', to: 'start' });
    expect(timelineKeyAction(key('End'))).toEqual({ kind: 'seek', to: 'end' });
  });

  it('leaves other keys and Ctrl/Cmd combinations alone', () => {
    expect(timelineKeyAction(key('ArrowUp'))).toBeNull();
    expect(timelineKeyAction(key('a'))).toBeNull();
    expect(timelineKeyAction(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(timelineKeyAction(key('Home', { metaKey: true }))).toBeNull();
    expect(timelineKeyAction(key('ArrowRight', { altKey: true, shiftKey: true }))).toBeNull();
  });

  it('keys typed into the program editor or a form field are theirs', () => {
    const inEditor = { tagName: 'DIV', isContentEditable: true, closest: (s: string) => (s.includes('.cm-editor') ? {} : null) };
    expect(keyBelongsToTarget(inEditor)).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'input' })).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'SELECT' })).toBe(true);
    expect(keyBelongsToTarget({ tagName: 'DIV', isContentEditable: false, closest: () => null })).toBe(false);
    expect(keyBelongsToTarget({ tagName: 'BUTTON', closest: () => null })).toBe(false);
    expect(keyBelongsToTarget(null)).toBe(false);
  });
});

describe('latest-wins fetching', () => {
  it('starts a request that waited only after pace(), with the newest key', async () => {
    const fetched: number[] = [];
    const delivered: number[] = [];
    const answers: (() => void)[] = [];
    let paced: (() => void) | null = null;
    const lw = latestWins<number, number>(
      (k) => (fetched.push(k), new Promise<number>((r) => answers.push(() => r(k)))),
      (v) => delivered.push(v),
      () => undefined,
      Object.is,
      () => new Promise<void>((r) => (paced = r)),
    );
    const tick = async () => {
      for (let k = 0; k < 5; k++) await Promise.resolve();
    };
    lw.request(1);
    lw.request(2);
    lw.request(3);
    expect(fetched).toEqual([1]);
    answers.shift()!();
    await tick();
    expect(delivered).toEqual([1]);
    expect(fetched).toEqual([1]); // waiting for the frame
    lw.request(4); // still only the newest is kept
    expect(lw.busy).toBe(true);
    paced!();
    await tick();
    expect(fetched).toEqual([1, 4]);
    answers.shift()!();
    await tick();
    expect(delivered).toEqual([1, 4]);
    expect(lw.busy).toBe(true); // pacing after the answer, with nothing pending
    lw.request(5); // asked for while pacing: waits for the pace
    expect(fetched).toEqual([1, 4]);
    paced!();
    await tick();
    expect(fetched).toEqual([1, 4, 5]);
    answers.shift()!();
    await tick();
    paced!();
    await tick();
    expect(lw.busy).toBe(false);
  });
});

describe('the hover readout', () => {
  const c = (generation: number, start: number, end: number) => ({
    generation,
    start,
    end,
    collected: 2,
    uncollectable: 0,
    phases: [
      { phase: 'update-refs', at: start + 3 },
      { phase: 'move-unreachable', at: start + 6 },
    ],
  });
  const o = overview({ events: 100, bucketSize: 10, lines: [{ at: 2, line: 1 }, { at: 30, line: 4 }], collections: [c(0, 10, 20), c(2, 50, 60)] });

  it('names the line executing at the moment', () => {
    expect(hoverInfo(o, 1).line).toBe(-1);
    expect(hoverInfo(o, 2).line).toBe(1);
    expect(hoverInfo(o, 29).line).toBe(1);
    expect(hoverInfo(o, 30).line).toBe(4);
  });

  it('finds the collection in progress (moments start + 1 … end - 1) and its phase', () => {
    expect(collectionAt(o, 10)).toBeNull(); // GC_START is the next event: not begun yet
    expect(collectionAt(o, 11)?.generation).toBe(0);
    expect(collectionAt(o, 19)?.generation).toBe(0);
    expect(collectionAt(o, 20)).toBeNull(); // GC_STOP applied
    expect(collectionAt(o, 55)?.generation).toBe(2);
    expect(hoverInfo(o, 12).phase).toBeNull();
    expect(hoverInfo(o, 13).phase).toBe('update-refs');
    expect(hoverInfo(o, 59).phase).toBe('move-unreachable');
    expect(hoverInfo(o, 70).collection).toBeNull();
  });
});
