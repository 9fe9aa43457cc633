import { useEffect, useRef, type ReactNode } from 'react';

/**
 * An Observable Plot chart with what every chart in Parity carries: a title, a text summary read
 * by screen readers and shown to everyone, and an accessible data table (collapsed by default).
 * `render` returns the Plot element (e.g. `() => Plot.plot({...})`); it re-renders when `deps` change.
 */
export function PlotFigure(props: {
  title: string;
  summary: string;
  render: () => SVGSVGElement | HTMLElement;
  deps: readonly unknown[];
  table: ReactNode;
  tableLabel: string;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const chart = props.render();
    chart.setAttribute('aria-hidden', 'true');
    node.replaceChildren(chart);
    return () => chart.remove();
    // The caller lists what the chart depends on.
  }, props.deps);
  return (
    <figure className="chart">
      <figcaption>
        <strong>{props.title}</strong>
        <p className="chart-summary">{props.summary}</p>
      </figcaption>
      <div ref={ref} className="chart-canvas" />
      <details className="chart-table">
        <summary>{props.tableLabel}</summary>
        {props.table}
      </details>
    </figure>
  );
}
