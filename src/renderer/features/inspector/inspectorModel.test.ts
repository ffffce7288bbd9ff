// The inspector's records on views of a real run of the reference-cycle demo (recorded by the core, whose
// output the conformance corpus holds to CPython 3.11): facts follow the ObjectView, referrers and referents
// are the view's references seen from each end, history entries seek to the moment after their event, and a
// freed or not-yet-created object says when.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../core/run';
import { EventKind } from '../../../core/trace/events';
import { objectHistory, lifetime } from '../../../recorder/queries';
import { Recorder } from '../../../recorder/recorder';
import { frameAt } from '../../../recorder/views';
import { frameLocals, frameStack, nameInLabel, shownFrame } from '../bytecode/frameValues';
import { hexAddress, historyEntries, objectFacts, objectStatus, referentsOf, referrersOf, sizeClassText } from './inspectorModel';

const source = readFileSync(new URL('../../../../resources/demos/programs/02_reference_cycle.py', import.meta.url), 'utf8');
const rec = new Recorder('3.11');
runProgram(source, { profile: '3.11', filename: 'main.py', sink: rec });
rec.finish();

/** The moment right after the first LINE event of `line`. */
function lineStart(line: number): number {
  for (let e = 0; e < rec.length; e++) if (rec.log.kind(e) === EventKind.LINE && rec.log.operand(e, 0) === line) return e + 1;
  throw new Error(`line ${line} never ran`);
}

describe('frame values', () => {
  it("lists Node.__init__'s `self` with the Node's refcount, and the caller's value stack", () => {
    const view = frameAt(rec, lineStart(8));
    const top = shownFrame(view, null)!;
    expect(top.name).toBe('Node.__init__');
    const locals = frameLocals(view, top.id);
    const self = locals.find((v) => v.name === 'self')!;
    expect(self.kind).toBe('local');
    expect(self.object?.type).toBe('Node');
    expect(self.object?.refcnt).toBe(view.objects.find((o) => o.id === self.id)!.refcnt);
    // The module frame is the caller: its stack holds what CALL is using.
    const caller = shownFrame(view, view.frames[0]!.id)!;
    expect(caller.name).toBe('<module>');
    expect(frameStack(view, caller).map((v) => v.id)).toEqual(caller.stack);
    expect(frameStack(view, caller).every((v) => v.object !== undefined)).toBe(true);
    // A frame no longer on the stack falls back to the top frame.
    expect(shownFrame(view, 9999)).toBe(top);
    expect(nameInLabel('local `self`')).toBe('self');
    expect(nameInLabel('value stack [0]')).toBe('value stack [0]');
  });
});

describe('inspector model', () => {
  const view = frameAt(rec, lineStart(17));
  const nodes = view.objects.filter((o) => o.type === 'Node');

  it('the two nodes refer to each other after `del a, b`', () => {
    expect(nodes).toHaveLength(2);
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    expect(referentsOf(view, a.id).filter((h) => h.id === b.id).map((h) => h.label)).toEqual(['attribute `next`']);
    expect(referrersOf(view, a.id).filter((h) => h.id === b.id).map((h) => h.label)).toEqual(['attribute `next`']);
    // Nothing but the other node holds either of them (the refcount agrees).
    expect(referrersOf(view, a.id).filter((h) => !h.weak)).toHaveLength(a.refcnt);
  });

  it('facts follow the object view', () => {
    const a = nodes[0]!;
    const facts = Object.fromEntries(objectFacts(a).map((f) => [f.key, f.value]));
    expect(facts).toMatchObject({ type: 'Node', refcount: String(a.refcnt), size: `${a.size} bytes`, address: hexAddress(a.address) });
    expect(facts['generation']).toBe(a.generation < 0 ? 'untracked' : String(a.generation));
    expect(facts['sizeClass']).toBe(sizeClassText(a.sizeClass));
    expect(sizeClassText(3)).toBe('3 (64-byte blocks)');
    expect(sizeClassText(-1)).toMatch(/system allocator/);
    expect(hexAddress(255)).toBe('0xff');
    expect('gcRefs' in facts).toBe(a.gcRefs !== null);
  });

  it("during gc.collect() the nodes' gc_refs and reachability are facts", () => {
    let shown = 0;
    for (let e = lineStart(17); e < rec.length; e++) {
      if (rec.log.kind(e) !== EventKind.GC_PHASE) continue;
      const during = frameAt(rec, e + 1);
      for (const node of during.objects.filter((o) => o.type === 'Node' && o.gcRefs !== null)) {
        const facts = Object.fromEntries(objectFacts(node).map((f) => [f.key, f.value]));
        expect(facts['gcRefs']).toBe(String(node.gcRefs));
        expect(facts['reach']).toBe(node.reach);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('history entries seek to the moment after their event, and mark the latest reached', () => {
    const a = nodes[0]!;
    const events = objectHistory(rec, a.id);
    const entries = historyEntries(events, view.index);
    expect(entries.map((e) => e.moment)).toEqual(events.map((e) => e.index + 1));
    const current = entries.filter((e) => e.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.moment).toBeLessThanOrEqual(view.index);
    expect(entries.find((e) => e.moment > current[0]!.moment && e.moment <= view.index)).toBeUndefined();
    expect(historyEntries(events, 0).some((e) => e.current)).toBe(false);
  });

  it('says when an object not alive at the moment was freed or will be created', () => {
    const a = nodes[0]!;
    const life = lifetime(rec, a.id)!;
    expect(objectStatus(view, a.id, life)).toEqual({ kind: 'alive', object: a });
    const end = frameAt(rec, rec.length);
    expect(life.freed).toBeGreaterThan(view.index); // the collector frees the cycle
    expect(objectStatus(end, a.id, life)).toEqual({ kind: 'freed', at: life.freed + 1 });
    const start = frameAt(rec, 10);
    expect(objectStatus(start, a.id, life)).toEqual({ kind: 'not-yet', at: life.created + 1 });
    expect(objectStatus(start, a.id, null)).toEqual({ kind: 'unknown' });
  });
});
