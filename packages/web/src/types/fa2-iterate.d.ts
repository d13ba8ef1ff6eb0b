/** graphology-layout-forceatlas2's internal iteration (no declaration file of its own). */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, unknown>,
    nodeMatrix: Float32Array,
    edgeMatrix: Float32Array,
  ): void;
}
