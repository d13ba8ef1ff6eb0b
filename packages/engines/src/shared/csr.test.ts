import { describe, expect, it } from 'vitest';
import { CsrBuilder, neighbours, transposeCsr } from './csr.ts';

describe('CSR adjacency', () => {
  // 0 → 1, 0 → 2, 2 → 0, node 1 has no edges.
  const builder = new CsrBuilder(3, 1);
  builder.push(1);
  builder.push(2);
  builder.endRow();
  builder.endRow();
  builder.push(0);
  builder.endRow();
  const graph = builder.build();

  it('stores each node’s targets contiguously, growing the buffer as needed', () => {
    expect(Array.from(graph.offsets)).toEqual([0, 2, 2, 3]);
    expect(neighbours(graph, 0)).toEqual([1, 2]);
    expect(neighbours(graph, 1)).toEqual([]);
  });

  it('transposes every edge u → v into v → u', () => {
    const reversed = transposeCsr(graph);
    expect([0, 1, 2].map((v) => neighbours(reversed, v))).toEqual([[2], [0], [0]]);
  });

  it('can sort a row as it closes it', () => {
    const sorting = new CsrBuilder(1);
    for (const t of [5, 1, 4, 1]) sorting.push(t);
    sorting.endSortedRow();
    expect(neighbours(sorting.build(), 0)).toEqual([1, 1, 4, 5]);
  });

  it('refuses to build before every row is written', () => {
    expect(() => new CsrBuilder(2).build()).toThrow(/0 of 2 rows/);
  });
});
