// Models the control-flow-graph passes of CPython 3.11's Python/compile.c that run inside assemble():
// normalize_basic_block, extend_block, clean_basic_block (line-number NOPs),
// mark_reachable, eliminate_empty_basic_blocks, optimize_cfg, duplicate_exits_without_lineno,
// trim_unused_consts, propagate_line_numbers, guarantee_lineno_for_exits, stackdepth,
// label_exception_targets and normalize_jumps; optimize_basic_block is in peephole.ts. Each function
// mirrors one C function; the order they run in is assemble.ts's.

import type { ConstValue } from '../bytecode/code';
import { type Block, type Instr, type Op, copyLoc, isBlockPush, isJump, stackEffect } from './cfg';
import { optimizeBasicBlock } from './peephole';

const MAX_COPY_SIZE = 4;

export function normalizeBasicBlock(bb: Block): void {
  bb.instrs.forEach((ins, i) => {
    switch (ins.op) {
      case 'RETURN_VALUE': case 'RAISE_VARARGS': case 'RERAISE':
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case 'JUMP': case 'JUMP_NO_INTERRUPT':
      case 'POP_JUMP_IF_NOT_NONE': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE':
      case 'JUMP_IF_FALSE_OR_POP': case 'JUMP_IF_TRUE_OR_POP': case 'FOR_ITER':
        if (ins.op === 'JUMP' || ins.op === 'JUMP_NO_INTERRUPT') bb.nofallthrough = true;
        if (i !== bb.instrs.length - 1) throw new Error('malformed control flow graph.');
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
        break;
      default: break;
    }
  });
}

const hasLineno = (bb: Block) => bb.instrs.some((i) => i.loc.lineno > 0);

/** extend_block: an unconditional jump to a small exit block without line numbers is replaced by a copy. */
export function extendBlock(bb: Block): void {
  const last = bb.instrs[bb.instrs.length - 1];
  if (!last) return;
  if (last.op !== 'JUMP' && last.op !== 'JUMP_FORWARD' && last.op !== 'JUMP_BACKWARD') return;
  const to = last.target!;
  if (to.exit && to.instrs.length <= MAX_COPY_SIZE) {
    if (hasLineno(to)) return;
    last.op = 'NOP';
    for (const ins of to.instrs) bb.instrs.push({ ...ins, loc: copyLoc(ins.loc) });
    bb.exit = true;
  }
}

export function cleanBasicBlock(bb: Block): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const ins = bb.instrs;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src].loc.lineno;
    if (ins[src].op === 'NOP') {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1].loc = copyLoc(ins[src].loc);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(ins[src]);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins) || isBlockPush(ins)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (isJump(last)) {
      let t = last.target!;
      while (t.instrs.length === 0) t = t.next!;
      last.target = t;
    }
  }
}

/** optimize_cfg. `blocksNewestFirst` is CPython's b_list walk. */
export function optimizeCfg(entry: Block, blocksNewestFirst: () => Block[], consts: ConstValue[]): void {
  for (let b: Block | null = entry; b; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (const b of blocksNewestFirst()) extendBlock(b);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = entry; b; b = b.next) {
    const last: Instr | undefined = b.instrs[b.instrs.length - 1];
    if (last && (last.op === 'JUMP' || last.op === 'JUMP_NO_INTERRUPT') && last.target === b.next) {
      b.nofallthrough = false;
      last.op = 'NOP';
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

const isExitWithoutLineno = (b: Block) => b.exit && b.instrs.every((i) => i.loc.lineno < 0);

/** duplicate_exits_without_lineno. `newBlock` allocates (and registers) a fresh block. */
export function duplicateExitsWithoutLineno(blocksNewestFirst: () => Block[], newBlock: () => Block): void {
  for (const b of blocksNewestFirst()) {
    const last = b.instrs[b.instrs.length - 1];
    if (last && isJump(last)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = newBlock();
        nt.instrs = target.instrs.map((i) => ({ ...i, loc: copyLoc(i.loc) }));
        nt.exit = target.exit;
        nt.nofallthrough = true;
        nt.instrs[0].loc = copyLoc(last.loc);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  const all = blocksNewestFirst();
  for (const b of all) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (const b of all) {
    if (!b.nofallthrough && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = copyLoc(b.instrs[b.instrs.length - 1].loc);
    }
  }
}

export function trimUnusedConsts(entry: Block, consts: ConstValue[]): void {
  let max = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const i of b.instrs) if ((i.op === 'LOAD_CONST' || i.op === 'KW_NAMES') && i.arg > max) max = i.arg;
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

export function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    if (!b.instrs.length) continue;
    let prev = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = copyLoc(prev);
      else prev = copyLoc(i.loc);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].loc.lineno < 0) b.next!.instrs[0].loc = copyLoc(prev);
    }
    const last = b.instrs[b.instrs.length - 1];
    if (isJump(last)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = copyLoc(prev);
    }
  }
}

export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.instrs[b.instrs.length - 1];
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === 'RETURN_VALUE') for (const i of b.instrs) i.loc.lineno = lineno;
    } else lineno = last.loc.lineno;
  }
}

/** stackdepth: the deepest value stack over all paths (cycles are assumed stack-neutral). */
export function stackdepth(allBlocks: readonly Block[], entry: Block, generator: boolean): number {
  for (const b of allBlocks) b.startdepth = -2147483648;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, generator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const newDepth = depth + stackEffect(ins.op, ins.arg, 0);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins) || isBlockPush(ins)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, 1);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (ins.op === 'JUMP_NO_INTERRUPT' || ins.op === 'JUMP' || ins.op === 'RETURN_VALUE' || ins.op === 'RAISE_VARARGS'
        || ins.op === 'RERAISE') {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** label_exception_targets: gives every instruction the handler in force (a stack of SETUP_* targets). */
export function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptstack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptstack!;
    b.exceptstack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptstack = [...stack];
          todo.push(t);
          t.visited = true;
        }
        if (ins.op === 'SETUP_WITH' || ins.op === 'SETUP_CLEANUP') t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (ins.op === 'POP_BLOCK') {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1] : null;
      } else if (isJump(ins)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (!b.nofallthrough) t.exceptstack = [...stack];
          else {
            t.exceptstack = stack;
            stack = null as unknown as Block[];
          }
          todo.push(t);
          t.visited = true;
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptstack = stack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

const FORWARD_BACKWARD: Partial<Record<Op, [Op, Op]>> = {
  JUMP: ['JUMP_FORWARD', 'JUMP_BACKWARD'],
  JUMP_NO_INTERRUPT: ['JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT'],
  POP_JUMP_IF_NOT_NONE: ['POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE'],
  POP_JUMP_IF_NONE: ['POP_JUMP_FORWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NONE'],
  POP_JUMP_IF_FALSE: ['POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_FALSE'],
  POP_JUMP_IF_TRUE: ['POP_JUMP_FORWARD_IF_TRUE', 'POP_JUMP_BACKWARD_IF_TRUE'],
};

/** normalize_jumps: a pseudo jump becomes its FORWARD or BACKWARD form by block order. */
export function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const last: Instr | undefined = b.instrs[b.instrs.length - 1];
    if (!last || !isJump(last)) continue;
    const forward = !last.target!.visited;
    const pair = FORWARD_BACKWARD[last.op];
    if (pair) last.op = forward ? pair[0] : pair[1];
    else if ((last.op === 'JUMP_IF_TRUE_OR_POP' || last.op === 'JUMP_IF_FALSE_OR_POP') && !forward) {
      throw new Error(`compiler: unexpected ${last.op} jumping backwards`);
    }
  }
}
