// Models the position bookkeeping of CPython's tokenizer (Parser/tokenizer.c, Parser/pegen.c): AST
// columns are UTF-8 byte offsets, SyntaxError offsets are 1-based character offsets.
//
// Invariants:
// 1. `lineStarts[i]` is the UTF-16 index where line i+1 starts; lines end at '\n' (the source is
//    normalised to '\n' line endings before tokenizing, as CPython's universal newlines do).
// 2. A pure-ASCII line maps index → byte column in O(1); other lines cost O(line length) per lookup.

export class SourceText {
  readonly text: string;
  readonly lineStarts: number[] = [0];
  private readonly asciiLine: boolean[] = [];

  constructor(text: string) {
    this.text = text;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.asciiLine.push(ascii);
        this.lineStarts.push(i + 1);
        ascii = true;
      } else if (c >= 128) {
        ascii = false;
      }
    }
    this.asciiLine.push(ascii);
  }

  /** 1-based line containing UTF-16 index `pos` (binary search). */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(lineno: number): number {
    return this.lineStarts[Math.min(lineno, this.lineStarts.length) - 1]!;
  }

  /** UTF-8 byte column of `pos` on line `lineno`. */
  byteCol(lineno: number, pos: number): number {
    const start = this.lineStart(lineno);
    if (this.asciiLine[lineno - 1] !== false) return pos - start;
    return utf8Length(this.text, start, pos);
  }

  /** Number of code points between the line start and `pos` (SyntaxError offsets count characters). */
  charCol(lineno: number, pos: number): number {
    const start = this.lineStart(lineno);
    if (this.asciiLine[lineno - 1] !== false) return pos - start;
    let n = 0;
    for (let i = start; i < pos; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  /** The text of line `lineno` including its '\n' if it has one. */
  lineText(lineno: number): string {
    const start = this.lineStart(lineno);
    const next = lineno < this.lineStarts.length ? this.lineStarts[lineno]! : this.text.length;
    return this.text.slice(start, next);
  }

  /** UTF-16 index of byte column `col` on line `lineno` (inverse of byteCol). */
  posOfByteCol(lineno: number, col: number): number {
    const start = this.lineStart(lineno);
    if (this.asciiLine[lineno - 1] !== false) return start + col;
    let bytes = 0;
    let i = start;
    while (bytes < col && i < this.text.length) {
      // Step over whole code points: a surrogate pair is one 4-byte character.
      const c = this.text.charCodeAt(i);
      const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      bytes += utf8Length(this.text, i, i + width);
      i += width;
    }
    return i;
  }
}

export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
