/**
 * Compressed sparse row (CSR) adjacency: the out-neighbours of node v are
 * `targets[offsets[v] .. offsets[v + 1])`. Used for move graphs, where a dense n×n matrix would
 * not fit (10^6 states) and per-node arrays would cost an object each.
 */
export interface Csr {
  /** Length nodeCount + 1, non-decreasing, offsets[0] = 0. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Builds a CSR row by row. Rows must be appended in node order (0, 1, 2, …); the target buffer
 * grows geometrically so the final size need not be known in advance.
 */
export class CsrBuilder {
  private readonly offsets: Int32Array;
  private targets: Int32Array;
  private row = 0;
  private size = 0;

  constructor(
    readonly nodeCount: number,
    expectedEdges = nodeCount * 4,
  ) {
    this.offsets = new Int32Array(nodeCount + 1);
    this.targets = new Int32Array(Math.max(16, expectedEdges));
  }

  /** Appends an edge from the current row. */
  push(target: number): void {
    if (this.size === this.targets.length) {
      const grown = new Int32Array(this.targets.length * 2);
      grown.set(this.targets);
      this.targets = grown;
    }
    this.targets[this.size++] = target;
  }

  /** Closes the current row and moves to the next node. */
  endRow(): void {
    this.offsets[++this.row] = this.size;
  }

  /** Closes the current row with its targets sorted ascending (insertion sort: rows are short). */
  endSortedRow(): void {
    const start = this.offsets[this.row]!;
    const targets = this.targets;
    for (let i = start + 1; i < this.size; i++) {
      const value = targets[i]!;
      let j = i - 1;
      while (j >= start && targets[j]! > value) {
        targets[j + 1] = targets[j]!;
        j--;
      }
      targets[j + 1] = value;
    }
    this.endRow();
  }

  build(): Csr {
    if (this.row !== this.nodeCount) {
      throw new Error(`CsrBuilder: ${this.row} of ${this.nodeCount} rows written`);
    }
    return { offsets: this.offsets, targets: this.targets.slice(0, this.size) };
  }
}

/** The reverse graph: v → u for every edge u → v. Rows are sorted ascending. */
export function transposeCsr(graph: Csr): Csr {
  const n = graph.offsets.length - 1;
  const counts = new Int32Array(n + 1);
  const { offsets, targets } = graph;
  for (let e = 0; e < targets.length; e++) counts[targets[e]! + 1]!++;
  for (let v = 0; v < n; v++) counts[v + 1]! += counts[v]!;
  const cursor = counts.slice(0, n);
  const reversed = new Int32Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) reversed[cursor[targets[e]!]!++] = u;
  }
  return { offsets: counts, targets: reversed };
}

/** Out-neighbours of `node` as a fresh array (for non-hot code). */
export function neighbours(graph: Csr, node: number): number[] {
  return Array.from(graph.targets.subarray(graph.offsets[node], graph.offsets[node + 1]));
}
