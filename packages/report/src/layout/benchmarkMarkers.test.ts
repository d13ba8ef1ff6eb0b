import { describe, expect, it } from 'vitest';
import { benchmarkMarkers } from './benchmarkMarkers.ts';

describe('benchmarkMarkers', () => {
  it('draws benchmarks at the same utilities as one marker naming all of them', () => {
    // Korean scenario, US–DPRK table: Nash and egalitarian both land on (0.97, 0.33).
    const markers = benchmarkMarkers([
      { name: 'Nash', point: [0.97, 0.33] },
      { name: 'Kalai–Smorodinsky', point: [0.93, 0.37] },
      { name: 'Egalitarian', point: [0.97, 0.33] },
    ]);
    expect(markers).toEqual([
      { x: 0.97, y: 0.33, label: 'Nash = Egalitarian' },
      { x: 0.93, y: 0.37, label: 'Kalai–Smorodinsky' },
    ]);
  });

  it('keeps distinct benchmarks apart, in their order', () => {
    const markers = benchmarkMarkers([
      { name: 'Nash', point: [1, 0] },
      { name: 'Max welfare', point: [0, 1] },
    ]);
    expect(markers.map((m) => m.label)).toEqual(['Nash', 'Max welfare']);
  });
});
