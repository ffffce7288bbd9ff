// The append-only event log: the truth of a recorded run (DESIGN.md §4). Stores events.ts records as 32-bit
// words in columnar chunks, plus the string table the VM interns names, type names, reprs and output into.
//
// Layout: events are grouped in chunks of CHUNK_EVENTS. A chunk has `offsets` (Uint32, where each event's header
// word starts in the chunk's `words`) and `words` (Int32: header = kind | sub << 8, then OPERAND_COUNT[kind]
// operands). An INCREF therefore costs 5 words + 1 offset = 24 bytes; a LINE 12 bytes. `words` doubles while its
// chunk fills and is trimmed when the chunk is sealed, so slack is bounded by one chunk.
//
// Invariants:
// 1. Events are never modified or removed once appended (the log is append-only).
// 2. offsets[i & MASK] of chunk i >> CHUNK_BITS locates event i; the words between two offsets are exactly one
//    header and its operands.
// 3. strings[id] is the text interned as id; stringIds maps each text to its unique id.

import { OPERAND_COUNT, type StringId } from '../core/trace/events';

// Imported bindings read once: under a CommonJS-style loader (tsx, which runs the benchmarks) each use of an
// imported binding is a getter call, and the code below runs per event.
const _OPERAND_COUNT = OPERAND_COUNT;

export const CHUNK_BITS = 16;
export const CHUNK_EVENTS = 1 << CHUNK_BITS;
const MASK = CHUNK_EVENTS - 1;

export interface LogChunk {
  readonly offsets: Uint32Array;
  words: Int32Array;
  used: number;
}

export class EventLog {
  /** Events appended so far. */
  length = 0;
  readonly chunks: LogChunk[] = [];
  readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private cur: LogChunk;
  private stringBytes = 0;

  constructor() {
    this.cur = EventLog.newChunk(1024);
    this.chunks.push(this.cur);
  }

  private static newChunk(words: number): LogChunk {
    return { offsets: new Uint32Array(CHUNK_EVENTS), words: new Int32Array(words), used: 0 };
  }

  intern(text: string): StringId {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.stringIds.set(text, id);
      // A JS string costs ~2 bytes a character plus a header, and the map entry ~40 bytes.
      this.stringBytes += 2 * text.length + 64;
    }
    return id as StringId;
  }

  /** Appends one event. Operands beyond OPERAND_COUNT[kind] are ignored. Hot path: no allocation. */
  append(kind: number, sub: number, a: number, b: number, c: number, d: number, e: number, f: number): void {
    let ch = this.cur;
    const n = _OPERAND_COUNT[kind]!;
    if ((this.length & MASK) === 0 && this.length !== 0) {
      // Seal the full chunk: trim its words to what is used.
      ch.words = ch.words.slice(0, ch.used);
      ch = this.cur = EventLog.newChunk(Math.max(1024, ch.used));
      this.chunks.push(ch);
    }
    let p = ch.used;
    if (p + n + 1 > ch.words.length) {
      const grown = new Int32Array(ch.words.length * 2);
      grown.set(ch.words);
      ch.words = grown;
    }
    const w = ch.words;
    ch.offsets[this.length & MASK] = p;
    w[p++] = kind | (sub << 8);
    if (n > 0) w[p++] = a;
    if (n > 1) w[p++] = b;
    if (n > 2) w[p++] = c;
    if (n > 3) w[p++] = d;
    if (n > 4) w[p++] = e;
    if (n > 5) w[p++] = f;
    ch.used = p;
    this.length++;
  }

  /** The words array holding event i; its header is at wordsAt(i)[positionOf(i)]. */
  wordsAt(i: number): Int32Array {
    return this.chunks[i >>> CHUNK_BITS]!.words;
  }
  positionOf(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]!.offsets[i & MASK]!;
  }
  kind(i: number): number {
    const ch = this.chunks[i >>> CHUNK_BITS]!;
    return ch.words[ch.offsets[i & MASK]!]! & 0xff;
  }
  sub(i: number): number {
    const ch = this.chunks[i >>> CHUNK_BITS]!;
    return (ch.words[ch.offsets[i & MASK]!]! >>> 8) & 0xff;
  }
  /** Operand j (0-based) of event i. */
  operand(i: number, j: number): number {
    const ch = this.chunks[i >>> CHUNK_BITS]!;
    return ch.words[ch.offsets[i & MASK]! + 1 + j]!;
  }
  /** Bytes held by the log: words and offsets (capacity, not just what is used) and the string table. */
  bytes(): number {
    let b = this.stringBytes;
    for (const ch of this.chunks) b += ch.words.byteLength + ch.offsets.byteLength;
    return b;
  }
  /** Total words used (headers + operands) over all chunks. */
  wordCount(): number {
    let n = 0;
    for (const ch of this.chunks) n += ch.used;
    return n;
  }
}
