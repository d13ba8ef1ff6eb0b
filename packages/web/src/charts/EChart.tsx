/**
 * One ECharts chart in a React tree: created on mount, given a new option on every change,
 * resized with its box, disposed on unmount. `label` describes it for screen readers; every
 * chart in the app has its numbers in a table beside it too.
 */
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts.ts';

export interface EChartProps {
  option: ChartOption;
  label: string;
  className?: string;
  onClick?(params: { seriesName?: string; dataIndex?: number; data?: unknown }): void;
}

export function EChart({ option, label, className, onClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) =>
      clickRef.current?.(p as Parameters<NonNullable<EChartProps['onClick']>>[0]),
    );
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, aria: { enabled: true }, ...option }, true);
  }, [option]);

  return <div ref={box} className={`chart ${className ?? ''}`} role="img" aria-label={label} />;
}
