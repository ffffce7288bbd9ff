// The text the UI shows for one recorded event and for a reference slot: the opcode names of CPython 3.11
// (Include/opcode.h, src/core/bytecode/opcodes311.ts), reference labels by RefCause, and one line per events.ts kind.

import { OPCODES_311 } from '../core/bytecode/opcodes311';
import { EVENT_KIND_NAME, EventKind, GcPhase, GcReach, LABEL_IS_INDEX, OPERAND_COUNT, OWNER_IS_FRAME, RefCause } from '../core/trace/events';
import type { Recorder } from './recorder';
import type { EventView } from './views';

/** GcPhase names: 'update-refs', 'move-unreachable', … */
export const PHASE_NAME: Record<number, string> = Object.fromEntries(Object.entries(GcPhase).map(([k, v]) => [v, k.toLowerCase().replaceAll('_', '-')]));

/** GcReach names: 'counting', 'tentatively-unreachable', 'cleared', … (the views' `reach`). */
export const REACH_NAME: Record<number, string> = Object.fromEntries(Object.entries(GcReach).map(([k, v]) => [v, k.toLowerCase().replaceAll('_', '-')]));

const OPNAME_311: Record<number, string> = Object.fromEntries(Object.entries(OPCODES_311).map(([k, v]) => [v, k]));

export function opname(rec: Recorder, opcode: number): string {
  return rec.profile === '3.11' ? (OPNAME_311[opcode] ?? `<${opcode}>`) : `opcode ${opcode}`;
}

/** The text of a reference label: "local `x`", "list item 3", "value stack [2]", "attribute `next`". */
export function refLabel(strings: readonly string[], cause: number, label: number): string {
  const name = LABEL_IS_INDEX[cause] ? String(label) : (strings[label] ?? '?');
  switch (cause) {
    case RefCause.LOCAL:
      return `local \`${name}\``;
    case RefCause.CELL:
      return `cell \`${name}\``;
    case RefCause.VALUE_STACK:
      return `value stack [${name}]`;
    case RefCause.GLOBAL:
      return `global \`${name}\``;
    case RefCause.ATTRIBUTE:
      return `attribute \`${name}\``;
    case RefCause.LIST_ITEM:
      return `list item ${name}`;
    case RefCause.TUPLE_ITEM:
      return `tuple item ${name}`;
    case RefCause.DICT_KEY:
      return `dict key ${name}`;
    case RefCause.DICT_VALUE:
      return `dict value [${name}]`;
    case RefCause.SET_ITEM:
      return `set item ${name}`;
    case RefCause.INTERNAL:
      return `internal: ${name}`;
    case RefCause.TEMPORARY:
      return `temporary: ${name}`;
    case RefCause.WEAK:
      return `weak \`${name}\``;
    default:
      return `? ${name}`;
  }
}

/** One line describing event i (for the timeline, the inspector's history and `heapscope info`). */
export function describeEvent(rec: Recorder, i: number): EventView {
  const log = rec.log;
  const k = log.kind(i);
  const sub = log.sub(i);
  const op = (j: number): number => log.operand(i, j);
  const s = (j: number): string => log.strings[op(j)] ?? '?';
  let text: string;
  switch (k) {
    case EventKind.INCREF:
    case EventKind.DECREF:
      text = `#${op(0)} refcount → ${op(1)} (${refLabel(log.strings, sub, op(3))})`;
      break;
    case EventKind.REF_SET:
    case EventKind.REF_CLEAR:
      text = `${refLabel(log.strings, sub, op(2))} of ${OWNER_IS_FRAME[sub] ? 'frame ' : '#'}${op(0)} ${k === EventKind.REF_SET ? '=' : 'cleared from'} #${op(1)}`;
      break;
    case EventKind.OBJECT_NEW:
      text = `#${op(0)} ${s(1)} ${s(5)} created (${op(4)} bytes)`;
      break;
    case EventKind.INSTRUCTION:
      text = `${op(0)} ${opname(rec, op(1))} ${op(2)}`;
      break;
    case EventKind.LINE:
      text = `line ${op(0)}`;
      break;
    case EventKind.FRAME_PUSH:
      text = `call ${s(1)}`;
      break;
    case EventKind.GC_START:
    case EventKind.GC_STOP:
      text = `generation ${sub}`;
      break;
    case EventKind.GC_PHASE:
      text = PHASE_NAME[sub] ?? '?';
      break;
    case EventKind.GC_REFS:
      text = `#${op(0)} gc_refs ${op(1)} (${REACH_NAME[sub] ?? '?'})`;
      break;
    case EventKind.OUTPUT:
      text = JSON.stringify(s(0));
      break;
    default:
      text = Array.from({ length: OPERAND_COUNT[k] ?? 0 }, (_, j) => op(j)).join(' ');
  }
  return { index: i, kind: EVENT_KIND_NAME[k] ?? '?', text };
}
