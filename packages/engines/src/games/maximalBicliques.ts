/**
 * Maximal bicliques ("cliques" in Gambit) of a bipartite graph given by its edges. For extreme
 * equilibria (x, y) of a two-player game, every maximal biclique X × Y spans a maximal convex
 * set of equilibria conv(X) × conv(Y) (Winkels 1979; Avis, Rosenberg, Savani & von Stengel 2010). Gambit's `enummixed -c` prints these sets.
 *
 * A maximal biclique is a pair (X, Y) with Y = ∩_{x∈X} N(x) and X = { x : N(x) ⊇ Y }. The right
 * sides are exactly the non-empty intersections of neighbourhoods, built here by closing the
 * family { N(x) } under intersection (a formal-concept closure; fine for the small graphs of
 * equilibria, exponential in the worst case).
 */
export interface Biclique {
  left: number[];
  right: number[];
}

export function maximalBicliques(edges: readonly (readonly [number, number])[]): Biclique[] {
  const neighbours = new Map<number, Set<number>>();
  for (const [x, y] of edges) {
    let set = neighbours.get(x);
    if (!set) neighbours.set(x, (set = new Set()));
    set.add(y);
  }
  const key = (s: readonly number[]) => s.join(',');
  const closed = new Map<string, number[]>();
  const queue: number[][] = [];
  for (const set of neighbours.values()) {
    const sorted = [...set].sort((a, b) => a - b);
    if (!closed.has(key(sorted))) {
      closed.set(key(sorted), sorted);
      queue.push(sorted);
    }
  }
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const set of neighbours.values()) {
      const meet = current.filter((y) => set.has(y));
      if (meet.length > 0 && !closed.has(key(meet))) {
        closed.set(key(meet), meet);
        queue.push(meet);
      }
    }
  }
  const result: Biclique[] = [];
  for (const right of closed.values()) {
    const left = [...neighbours.entries()]
      .filter(([, set]) => right.every((y) => set.has(y)))
      .map(([x]) => x)
      .sort((a, b) => a - b);
    result.push({ left, right });
  }
  return result.sort((a, b) => a.left[0]! - b.left[0]! || a.right[0]! - b.right[0]!);
}
