// Lines as the tokenizer counts them (the same count as the service's countLines) and the next execution of a
// line, on LINE moments from a real recording of the cycle demo.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countLines } from '../../../shared/sim-service';
import { Recorder } from '../../../recorder/recorder';
import { runProgram } from '../../../core/run';
import { EventKind } from '../../../core/trace/events';
import { executedLines, nextExecution, sourceLines, type LineMoment } from './sourceLines';

describe('sourceLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r, with the same count as countLines', () => {
    for (const text of ['', 'a', 'a\n', 'a\r\nb', 'a\rb\r', 'x = 1\n\n\ny = 2\n', 'a\u2028b\n', '\n']) {
      expect(sourceLines(text)).toHaveLength(countLines(text));
    }
    expect(sourceLines('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(sourceLines('a\u2028b')).toEqual(['a\u2028b']);
  });
});

describe('nextExecution on a recorded run', () => {
  const source = readFileSync(new URL('../../../../resources/demos/programs/02_reference_cycle.py', import.meta.url), 'utf8');
  const rec = new Recorder('3.11');
  runProgram(source, { profile: '3.11', filename: 'main.py', sink: rec });
  rec.finish();
  const lines: LineMoment[] = [];
  for (let e = 0; e < rec.length; e++) if (rec.log.kind(e) === EventKind.LINE) lines.push({ at: e + 1, line: rec.log.operand(e, 0) });

  it('lands on a moment whose current line is the clicked one', () => {
    const ran = [...executedLines(lines)];
    expect(ran.length).toBeGreaterThan(3);
    for (const line of ran) {
      const at = nextExecution(lines, line, 0)!;
      expect(at).toBeGreaterThan(0);
      expect(rec.seek(at).frames.at(-1)?.line).toBe(line);
    }
  });

  it('moves forward from the current moment and wraps to the first execution', () => {
    // A line that runs more than once (a method body called twice).
    const counts = new Map<number, number[]>();
    for (const l of lines) counts.set(l.line, [...(counts.get(l.line) ?? []), l.at]);
    const [line, ats] = [...counts].find(([, a]) => a.length > 1)!;
    expect(nextExecution(lines, line, ats[0]!)).toBe(ats[1]);
    expect(nextExecution(lines, line, ats[ats.length - 1]!)).toBe(ats[0]);
    expect(nextExecution(lines, 10_000, 0)).toBeNull();
  });
});
