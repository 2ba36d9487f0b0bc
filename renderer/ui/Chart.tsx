import { BarChart, GaugeChart, HeatmapChart, LineChart } from 'echarts/charts';
import { CalendarComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { type EChartsCoreOption, type ECharts, init, use as registerChartParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { isDark, useIsDark } from './appearance';
import { cssColor } from './cssColor';

// Only what Chronicle draws: bars (stacked or not), lines, the readiness gauge and the year
// heatmap. Registering parts instead of all of echarts keeps the bundle small.
registerChartParts([
  BarChart,
  GaugeChart,
  HeatmapChart,
  LineChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** The app's colours as the chart needs them, read from the CSS custom properties of the current scheme. */
export interface ChartPalette {
  dark: boolean;
  text: string;
  muted: string;
  faint: string;
  border: string;
  surface: string;
  bg: string;
  accent: string;
  font: string;
}

function readPalette(): ChartPalette {
  return {
    dark: isDark(),
    text: cssColor('--color-text'),
    muted: cssColor('--color-text-muted'),
    faint: cssColor('--color-text-faint'),
    border: cssColor('--color-border'),
    surface: cssColor('--color-surface'),
    bg: cssColor('--color-bg'),
    accent: cssColor('--color-accent'),
    font: getComputedStyle(document.documentElement).getPropertyValue('--font-body').trim(),
  };
}

/** Follows the light/dark appearance (chosen, or the system's), so charts re-colour with the window. */
function usePalette(): ChartPalette {
  const dark = useIsDark();
  // The CSS properties change with the appearance: read them again when it does.
  return useMemo(() => ({ ...readPalette(), dark }), [dark]);
}

/** True while the window is dark (the chosen appearance, or the system's); follows changes. */
export function usePrefersDark(): boolean {
  return useIsDark();
}

/** What was clicked: the data item of the series, as given in the option. */
export type ChartClick = { data: unknown; name: string };

/**
 * An ECharts chart as a React component: created on mount, resized with its box, re-coloured
 * when the OS switches between light and dark, disposed on unmount. The option is built from
 * the palette so callers never hard-code a colour that only works in one scheme.
 */
export function Chart({
  option,
  height,
  label,
  onClick,
  className,
}: {
  option: (palette: ChartPalette) => EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  onClick?: (click: ChartClick) => void;
  className?: string;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const palette = usePalette();
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => onClickRef.current?.({ data: params.data, name: params.name }));
    // Says when the chart is drawn and done animating, for anything waiting to look at it (screenshots).
    chart.on('finished', () => box.setAttribute('data-drawn', 'true'));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chartRef.current = null;
      // When a frame runs long (a busy machine), zrender paints the rest in the next animation
      // frame, and that frame throws if the chart was disposed in between: a chart still painting
      // is disposed once it is done.
      const dispose = () => {
        setTimeout(() => chart.isDisposed() || chart.dispose(), 0);
      };
      if (box.getAttribute('data-drawn') === 'false') chart.on('finished', dispose);
      else chart.dispose();
    };
  }, []);

  useEffect(() => {
    boxRef.current?.setAttribute('data-drawn', 'false');
    chartRef.current?.setOption(option(palette), { notMerge: true });
  }, [option, palette]);

  return (
    <div
      ref={boxRef}
      className={`chart ${className ?? ''}`}
      style={{ height, cursor: onClick ? 'pointer' : undefined }}
      role="img"
      aria-label={label}
    />
  );
}
