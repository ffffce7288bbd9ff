// The descriptors type_new makes for a class (member descriptors for __slots__, the __dict__ / __weakref__
// getsets) take the block CPython's take: sizeof(PyMemberDescrObject) = sizeof(PyGetSetDescrObject) = 48, plus
// the GC header, so 64-byte blocks (size class 3), as sys.getsizeof reports 64 for them in CPython 3.11.

import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { Recorder } from '../../recorder/recorder';
import { frameAt } from '../../recorder/views';
import { EventKind } from '../trace/events';

describe("a class's descriptors", () => {
  it('are 64 bytes with the GC header, in 64-byte blocks', () => {
    const rec = new Recorder('3.11');
    const r = runProgram('import sys\nclass A:\n    __slots__ = ("x", "y")\nclass B:\n    pass\nprint(sys.getsizeof(A.__dict__["x"]), sys.getsizeof(B.__dict__["__dict__"]))\n', { sink: rec });
    rec.finish();
    expect(r.stdout).toBe('64 64\n');
    // at the print (line 6), before shutdown
    let at = 0;
    while (!(rec.log.kind(at) === EventKind.LINE && rec.log.operand(at, 0) === 6)) at++;
    let first = 0;
    while (rec.log.kind(first) !== EventKind.LINE) first++;
    const before = new Set(frameAt(rec, first).objects.map((o) => o.id));
    const view = frameAt(rec, at);
    // the program's: A.x, A.y, B.__dict__, B.__weakref__
    const descriptors = view.objects.filter((o) => !before.has(o.id) && (o.type === 'member_descriptor' || o.type === 'getset_descriptor'));
    expect(descriptors.map((d) => d.type).sort()).toEqual(['getset_descriptor', 'getset_descriptor', 'member_descriptor', 'member_descriptor']);
    for (const d of descriptors) expect(d.sizeClass).toBe(3);
  });
});
