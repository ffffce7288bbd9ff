// dis's text for a listing, checked against `dis.dis` as CPython 3.11 printed it for the compiler's oracle
// snippets (resources/dis-oracle, recorded by scripts/record_dis_oracle.py): every instruction row of every
// code object, column for column.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../core/compiler/index';
import { codeObjects, listingOf } from '../../../recorder/listing';
import { currentRow, disRows, disText } from './disRows';

const oracleDir = new URL('../../../../resources/dis-oracle/', import.meta.url);
const snippets = readdirSync(new URL('recorded/', oracleDir))
  .filter((f) => f.startsWith('snippets__') && f.endsWith('.json'));

/** dis.dis's instruction lines, per code object ("Disassembly of …" headers split them; blank lines and the ExceptionTable section are not rows). */
function disBlocks(text: string): string[][] {
  const blocks: string[][] = [[]];
  let table = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('Disassembly of')) {
      blocks.push([]);
      table = false;
    } else if (line.startsWith('ExceptionTable:')) table = true; // the exception table is not a listing row
    else if (!table && line.trim() !== '') blocks[blocks.length - 1]!.push(line);
  }
  return blocks;
}

describe('disText', () => {
  it.each(snippets)('%s: rows as dis.dis prints them', (file) => {
    const recorded = JSON.parse(readFileSync(new URL(`recorded/${file}`, oracleDir), 'utf8')) as { filename: string; dis: string };
    const source = readFileSync(new URL(`snippets/${file.slice('snippets__'.length).replace(/\.json$/, '.py')}`, oracleDir), 'utf8');
    const codes = codeObjects(compileSource(source, recorded.filename));
    const blocks = disBlocks(recorded.dis);
    expect(codes).toHaveLength(blocks.length);
    codes.forEach((co, k) => {
      const ours = disRows(listingOf(co)).map((r) => disText(r));
      const theirs = blocks[k]!;
      expect(ours).toHaveLength(theirs.length);
      ours.forEach((line, j) => {
        // A code object's repr carries its memory address, which the recording normalises.
        if (theirs[j]!.includes('<code object')) expect(line.slice(0, 40)).toBe(theirs[j]!.slice(0, 40));
        else expect(line).toBe(theirs[j]);
      });
    });
  });

  it('marks the current instruction as dis does with lasti', () => {
    const listing = listingOf(compileSource('x = 1\ny = x\n', 'main.py'));
    const at = listing.instructions[2]!.offset;
    const rows = disRows(listing, at);
    expect(currentRow(rows)).toBe(2);
    expect(disText(rows[2]!)).toMatch(/^ {3} --> {4}/);
    expect(currentRow(disRows(listing))).toBe(-1);
  });
});
