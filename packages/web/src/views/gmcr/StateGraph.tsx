/**
 * The interactive state graph (sigma 3, WebGL): every feasible state a node, moves as arrows
 * coloured by their mover; the status quo, the equilibria and the selected state stand out.
 * Positions start from the option projection (stateGraph.ts) and settle under ForceAtlas2 in
 * a worker. Clicking a state selects it; the table, the search box and the equilibrium list
 * select states from the keyboard.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GmcrViewData } from '../../engine/protocol.ts';
import { equilibriumMasks, moverColor } from './gmcrModel.ts';
import { layoutIterations, type LayoutRequest, type LayoutUpdate } from './layoutProtocol.ts';
import {
  layoutPairs,
  pathMoveKeys,
  projectedPositions,
  visibleEdges,
  type EdgeMode,
} from './stateGraph.ts';

export interface StateGraphProps {
  data: GmcrViewData;
  selected: number | null;
  onSelect(state: number): void;
  mode: EdgeMode;
  moversShown: readonly boolean[];
}

const COLORS = {
  state: '#aab4be',
  equilibrium: '#4f9a6b',
  nash: '#1b6e3a',
  statusQuo: '#E69F00',
  selected: '#111111',
};

interface NodeStyle {
  color: string;
  size: number;
  label: string;
  forceLabel: boolean;
  zIndex: number;
}

function nodeStyles(data: GmcrViewData): NodeStyle[] {
  const masks = equilibriumMasks(data);
  const nash = data.concepts.indexOf('nash');
  const small = data.stateCount > 500;
  const base = small ? 2 : 5;
  return Array.from(data.decimals, (_, s) => {
    const mask = masks[s]!;
    const label = `state ${s + 1}`;
    if (s === data.statusQuo)
      return {
        color: COLORS.statusQuo,
        size: base + 6,
        label: `status quo (${s + 1})`,
        forceLabel: true,
        zIndex: 3,
      };
    if (mask === 0) return { color: COLORS.state, size: base, label, forceLabel: false, zIndex: 0 };
    const isNash = nash >= 0 && (mask >>> nash) & 1;
    return {
      color: isNash ? COLORS.nash : COLORS.equilibrium,
      size: base + (isNash ? 4 : 2),
      label,
      forceLabel: Boolean(isNash) && data.stateCount <= 2000,
      zIndex: isNash ? 2 : 1,
    };
  });
}

export default function StateGraph({
  data,
  selected,
  onSelect,
  mode,
  moversShown,
}: StateGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const graphRef = useRef<Graph | null>(null);
  const selectedRef = useRef(selected);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [layout, setLayout] = useState<{ done: number; iterations: number } | null>(null);
  const [drawn, setDrawn] = useState(0);
  const paths = useMemo(() => pathMoveKeys(data), [data]);
  const styles = useMemo(() => nodeStyles(data), [data]);

  // The graph and its renderer, once per analysis; the layout runs in its own worker.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    const start = projectedPositions(data);
    styles.forEach((style, s) => {
      graph.addNode(String(s), { x: start[2 * s]!, y: start[2 * s + 1]!, ...style });
    });
    const large = data.stateCount > 1500;
    const sigma = new Sigma(graph, el, {
      // The container is hidden while a report prints: sigma must not throw then.
      allowInvalidContainer: true,
      zIndex: true,
      defaultEdgeType: large ? 'line' : 'arrow',
      hideEdgesOnMove: large,
      labelRenderedSizeThreshold: large ? 9 : 4,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      minEdgeThickness: 0.6,
      nodeReducer: (node, attrs) =>
        Number(node) === selectedRef.current
          ? {
              ...attrs,
              color: COLORS.selected,
              size: (attrs.size as number) + 4,
              forceLabel: true,
              zIndex: 4,
              highlighted: true,
            }
          : attrs,
    });
    sigma.on('clickNode', ({ node }) => onSelectRef.current(Number(node)));
    sigmaRef.current = sigma;
    graphRef.current = graph;

    const pairs = layoutPairs(data);
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parley-layout',
    });
    const request: LayoutRequest = {
      n: data.stateCount,
      positions: start,
      pairs,
      iterations: layoutIterations(data.stateCount, pairs.length / 2),
      batch: large ? 5 : 20,
    };
    worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
      const { positions, done, iterations } = event.data;
      graph.updateEachNodeAttributes((node, attrs) => {
        const s = Number(node);
        return { ...attrs, x: positions[2 * s]!, y: positions[2 * s + 1]! };
      });
      setLayout({ done, iterations });
    };
    worker.postMessage(request, [request.pairs.buffer as ArrayBuffer]);
    setLayout({ done: 0, iterations: request.iterations });
    return () => {
      worker.terminate();
      sigma.kill();
      sigmaRef.current = null;
      graphRef.current = null;
    };
  }, [data, styles]);

  // The drawn moves follow the mode, the movers shown and the selection.
  useEffect(() => {
    const graph = graphRef.current;
    const edges = data.edges;
    if (!graph || !edges) return;
    graph.clearEdges();
    const n = data.stateCount;
    for (const e of visibleEdges(data, mode, moversShown, selected, paths)) {
      const from = edges.from[e]!;
      const to = edges.to[e]!;
      const onPath = paths.has(from * n + to);
      const fromSelected = from === selected;
      const strong = onPath || fromSelected;
      graph.addDirectedEdgeWithKey(String(e), String(from), String(to), {
        color: moverColor(edges.mover[e]!) + (strong ? 'ee' : edges.improvement[e] ? '80' : '30'),
        size: strong ? 2.2 : n <= 200 ? 1.6 : 0.8,
        zIndex: strong ? 2 : 0,
        type: strong || n <= 1500 ? 'arrow' : 'line',
      });
    }
    setDrawn(graph.size);
  }, [data, mode, moversShown, selected, paths]);

  useEffect(() => {
    selectedRef.current = selected;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [selected]);

  return (
    <figure className="state-graph">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`State graph: ${data.stateCount} states, ${drawn} moves drawn. Select states with the search box, the equilibrium list or the table.`}
      />
      <figcaption>
        {layout && layout.done < layout.iterations ? (
          <span>Layout {Math.round((100 * layout.done) / layout.iterations)}% (ForceAtlas2)</span>
        ) : (
          <span>Drag to pan, scroll to zoom, click a state to explain it.</span>
        )}
      </figcaption>
    </figure>
  );
}
