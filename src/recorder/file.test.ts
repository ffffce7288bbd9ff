import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportTrace, FORMAT_VERSION, importTrace, TraceFileError, TraceFileProblem } from './file';
import { setStrictSnapshots } from './keyframes';
import { mulberry32 } from './testing/synthetic';
import { Recorder } from './recorder';
import { generate } from './testing/synthetic';
import { frameAt, type MomentView } from './views';

setStrictSnapshots(true);
const SOURCE = 'a = [1, 2]\nprint(a)\n';

function record(seed: number, events: number, liveTarget = 200): Recorder {
  const rec = new Recorder('3.11', 512);
  generate(rec, { seed, events, liveTarget }, () => rec.length);
  rec.finish();
  return rec;
}

/** A view without the fields that name positions in the whole run. */
function comparable(v: MomentView): unknown {
  const { index: _i, eventCount: _n, lastEvent, ...rest } = v;
  return { ...rest, lastEvent: lastEvent === null ? null : { kind: lastEvent.kind, text: lastEvent.text } };
}

/** The container inside the gzip: signature, version, header length, header JSON, body. */
function unpack(file: Uint8Array): { version: number; header: Record<string, unknown>; body: Uint8Array } {
  const data = gunzipSync(file);
  const dv = new DataView(data.buffer, data.byteOffset);
  const len = dv.getUint32(20, true);
  return { version: dv.getUint32(16, true), header: JSON.parse(strFromU8(data.subarray(24, 24 + len))), body: data.slice(24 + len) };
}
function pack(version: number, header: unknown, body: Uint8Array): Uint8Array {
  const h = strToU8(JSON.stringify(header));
  const out = new Uint8Array(24 + h.length + body.length);
  out.set(strToU8('HEAPSCOPE-TRACE\n'));
  const dv = new DataView(out.buffer);
  dv.setUint32(16, version, true);
  dv.setUint32(20, h.length, true);
  out.set(h, 24);
  out.set(body, 24 + h.length);
  return gzipSync(out);
}
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function expectRejected(file: Uint8Array, problem: TraceFileProblem, message: RegExp): void {
  let err: unknown;
  try {
    importTrace(file);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(TraceFileError);
  expect((err as TraceFileError).problem).toBe(problem);
  expect((err as TraceFileError).message).toMatch(message);
}

describe('.heapscope round trip', () => {
  const rec = record(31, 40_000, 400);
  const file = exportTrace(rec, { source: SOURCE, filename: 'lists.py', focus: { moment: 20_000, object: 7 } });

  it('gives identical views at 100 random moments', () => {
    const { recorder, header } = importTrace(file);
    expect(header.source).toBe(SOURCE);
    expect(header.filename).toBe('lists.py');
    expect(header.focus).toEqual({ moment: 20_000, object: 7 });
    expect(header.version).toBe(FORMAT_VERSION);
    expect(recorder.length).toBe(rec.length);
    expect(recorder.totals()).toEqual(rec.totals());
    const rnd = mulberry32(99);
    for (let k = 0; k < 100; k++) {
      const i = Math.floor(rnd() * (rec.length + 1));
      expect(frameAt(recorder, i)).toEqual(frameAt(rec, i));
    }
  });

  it('is deterministic: the same run gives the same bytes', () => {
    expect(exportTrace(record(31, 40_000, 400), { source: SOURCE, filename: 'lists.py', focus: { moment: 20_000, object: 7 } })).toEqual(file);
  });

  it('is compact: at most 16 bytes per event', () => {
    expect(file.length / rec.length).toBeLessThan(16);
  });

  it('exports a window around the focus that opens exactly there', () => {
    const w = exportTrace(rec, { source: SOURCE, focus: { moment: 20_000, object: null }, window: { before: 3000, after: 2000 } });
    expect(w.length).toBeLessThan(file.length / 3);
    const { recorder, header } = importTrace(w);
    expect(header.focus).toEqual({ moment: 3000, object: null });
    expect(recorder.origin).toBe(17_000);
    expect(recorder.length).toBe(5000);
    for (const m of [0, 1, 2999, 3000, 3001, 4321, 5000]) {
      expect(comparable(frameAt(recorder, m))).toEqual(comparable({ ...frameAt(rec, 17_000 + m), ...(m === 0 ? { lastEvent: null } : {}) }));
    }
  });
});

describe('.heapscope rejection', () => {
  const rec = record(32, 3000, 80);
  const file = exportTrace(rec, { source: SOURCE, focus: null });

  it('a truncated file', () => {
    expectRejected(file.subarray(0, Math.floor(file.length / 2)), TraceFileProblem.TRUNCATED, /truncated/);
    const { version, header, body } = unpack(file);
    expectRejected(pack(version, header, body.subarray(0, body.length - 8)), TraceFileProblem.TRUNCATED, /events are missing/);
  });

  it('a corrupt file', () => {
    const bad = file.slice();
    for (let k = 40; k < 60; k++) bad[k] = bad[k]! ^ 0x5a;
    expect(() => importTrace(bad)).toThrow(TraceFileError);
    const { version, header, body } = unpack(file);
    const flipped = body.slice();
    flipped[100] = flipped[100]! ^ 1;
    expectRejected(pack(version, header, flipped), TraceFileProblem.CORRUPT, /checksum/);
  });

  it('a file of another format', () => {
    expectRejected(strToU8('print("hello")\n'), TraceFileProblem.NOT_A_TRACE, /not gzip-compressed/);
    expectRejected(gzipSync(strToU8('{"format": "something-else"}')), TraceFileProblem.NOT_A_TRACE, /signature is missing/);
    const { version, header, body } = unpack(file);
    expectRejected(pack(version, { ...header, format: 'other' }, body), TraceFileProblem.NOT_A_TRACE, /another format/);
  });

  it('a file from a newer version', () => {
    const { header, body } = unpack(file);
    expectRejected(pack(FORMAT_VERSION + 1, header, body), TraceFileProblem.NEWER_VERSION, /newer Heapscope \(format version 2\)/);
  });

  it('an oversized file, compressed or expanded', () => {
    expectRejected(new Uint8Array(256 * 1024 * 1024 + 1).fill(0x1f), TraceFileProblem.TOO_LARGE, /too large/);
    // 1.1 GB of zeros compresses to about 1 MB: a zip bomb.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const chunk = gzipSync(zeros, { level: 1 });
    const member = chunk.subarray(0, chunk.length); // one member of 64 MB
    const bomb = new Uint8Array(member.length * 18);
    for (let k = 0; k < 18; k++) bomb.set(member, k * member.length);
    expectRejected(bomb, TraceFileProblem.TOO_LARGE, /expands beyond/);
  });

  it('schema violations name the field', () => {
    const { version, header, body } = unpack(file);
    expectRejected(pack(version, { ...header, profile: '2.7' }, body), TraceFileProblem.INVALID, /header\.profile must be one of/);
    expectRejected(pack(version, { ...header, extra: 1 }, body), TraceFileProblem.INVALID, /header\.extra is not part of the format/);
    expectRejected(pack(version, { ...header, focus: { moment: 1e9, object: null } }, body), TraceFileProblem.INVALID, /focus\.moment/);
    expectRejected(pack(version, { ...header, strings: [1, 2] }, body), TraceFileProblem.INVALID, /strings\[0\] must be a string/);
  });

  it('events that break an invariant, even with a valid checksum', () => {
    const { version, header, body } = unpack(file);
    // Byte-plane 0 holds each word's low byte; word 0 is the first event's header: make it an unknown kind.
    const b = body.slice();
    b[0] = 200;
    expectRejected(pack(version, { ...header, checksum: fnv1a(b) }, b), TraceFileProblem.INVALID, /unknown kind/);
    const t = { ...(header['totals'] as object), steps: 1 };
    expectRejected(pack(version, { ...header, totals: t }, body), TraceFileProblem.INVALID, /summary does not match/);
  });
});

describe('heapscope info', () => {
  it('prints the summary of a valid file and one line for a bad one', async () => {
    const { traceFileInfo } = await import('./summary');
    const rec = record(34, 2000, 50);
    const file = exportTrace(rec, { source: SOURCE, filename: 'x.py', focus: { moment: 10, object: 2 } });
    const ok = traceFileInfo(file);
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.text).toContain('x.py on Python 3.11');
      expect(ok.text).toContain(`events recorded:               ${rec.length.toLocaleString('en-US')}`);
      expect(ok.text).toContain('focus:                         moment 10, object #2');
    }
    expect(traceFileInfo(strToU8('hello'))).toEqual({ ok: false, message: 'This is not a Heapscope trace: the file is not gzip-compressed.' });
  });
});

describe('.heapscope importer fuzz', () => {
  it('loads or cleanly rejects thousands of mutated files', () => {
    const rec = record(33, 1500, 40);
    const file = exportTrace(rec, { source: SOURCE, focus: { moment: 700, object: 3 } });
    const windowFile = exportTrace(rec, { source: SOURCE, focus: { moment: 700, object: null }, window: { before: 300, after: 300 } });
    const rnd = mulberry32(2024);
    const pick = (n: number): number => Math.floor(rnd() * n);
    let loaded = 0;
    let rejected = 0;
    const problems = new Set<string>();
    const attempt = (f: Uint8Array): void => {
      try {
        importTrace(f);
        loaded++;
      } catch (e) {
        if (!(e instanceof TraceFileError)) throw e;
        expect(e.message.length).toBeGreaterThan(10);
        problems.add(e.problem);
        rejected++;
      }
    };
    const mutateBytes = (src: Uint8Array): Uint8Array => {
      const b = src.slice();
      const n = 1 + pick(4);
      for (let k = 0; k < n; k++) {
        const r = rnd();
        const at = pick(b.length);
        if (r < 0.5) b[at] = b[at]! ^ (1 << pick(8));
        else if (r < 0.8) b[at] = pick(256);
        else return r < 0.9 ? b.subarray(0, at) : new Uint8Array([...b.subarray(0, at), pick(256), ...b.subarray(at)]);
      }
      return b;
    };
    const mutateJson = (v: unknown, depth = 0): unknown => {
      if (Array.isArray(v)) {
        if (v.length === 0 || rnd() < 0.15) return rnd() < 0.5 ? [] : [...v, pick(1000)];
        const c = v.slice();
        const k = pick(c.length);
        c[k] = mutateJson(c[k], depth + 1);
        return c;
      }
      if (v !== null && typeof v === 'object') {
        const o = { ...(v as Record<string, unknown>) };
        const ks = Object.keys(o);
        if (ks.length === 0 || rnd() < 0.1) return { ...o, junk: 1 };
        const k = ks[pick(ks.length)]!;
        if (rnd() < 0.1) delete o[k];
        else o[k] = mutateJson(o[k], depth + 1);
        return o;
      }
      const r = rnd();
      if (typeof v === 'number') return r < 0.3 ? v + 1 : r < 0.5 ? -v : r < 0.6 ? 1e300 : r < 0.7 ? 'x' : r < 0.8 ? null : pick(5);
      if (typeof v === 'string') return r < 0.5 ? v + 'x' : r < 0.7 ? 5 : '';
      return r < 0.5 ? 0 : 'null';
    };
    for (const src of [file, windowFile]) {
      const { version, header, body } = unpack(src);
      for (let k = 0; k < 700; k++) attempt(mutateBytes(src));
      for (let k = 0; k < 700; k++) {
        const b = mutateBytes(body);
        attempt(pack(version, { ...header, checksum: fnv1a(b), words: Math.floor(b.length / 4) }, b));
      }
      for (let k = 0; k < 700; k++) {
        const h = mutateJson(header) as Record<string, unknown>;
        attempt(pack(version, h, body));
      }
      for (let k = 0; k < 100; k++) attempt(pack(pick(4), header, body));
    }
    expect(loaded + rejected).toBe(4400);
    expect(rejected).toBeGreaterThan(3000);
    expect([...problems].sort()).toEqual(
      Object.values(TraceFileProblem).sort(),
    );
  });
});
