/**
 * The benchmark markers of a Pareto chart: one marker per distinct point, labelled with every
 * benchmark at it ("Nash = Egalitarian"). Coincident markers would hide each other and leave a
 * legend entry that points at nothing; Nash and the egalitarian point often coincide on small
 * outcome sets.
 */
export function benchmarkMarkers(
  benchmarks: readonly { name: string; point: readonly number[] }[],
): { x: number; y: number; label: string }[] {
  const merged: { x: number; y: number; label: string }[] = [];
  for (const b of benchmarks) {
    const [x, y] = [b.point[0]!, b.point[1]!];
    const same = merged.find((m) => Math.abs(m.x - x) < 1e-9 && Math.abs(m.y - y) < 1e-9);
    if (same) same.label += ` = ${b.name}`;
    else merged.push({ x, y, label: b.name });
  }
  return merged;
}
