/**
 * Bar charts with Chart.js (MIT), in a chunk of its own that only the national view loads. A chart is
 * a picture of the table under it, which holds the same numbers for screen readers and for print.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../report/numbers';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  readonly label: string;
  readonly values: readonly number[];
}

// Fluent's brand blue and two colours apart from it in hue and lightness, so the bars differ in print too.
const COLOURS = ['#0f6cbd', '#c55a11', '#2e7d32', '#6b2fa0'];
const LINE = 28;

const useStyles = makeStyles({ frame: { position: 'relative', height: '18rem', maxWidth: '60rem' } });

/** Long labels as lines of about `LINE` characters, split between words. */
function lines(label: string): string[] {
  return label.split(' ').reduce<string[]>((out, word) => {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
    return out;
  }, []);
}

export function BarChart({ title, labels, series }: { readonly title: string; readonly labels: readonly string[]; readonly series: readonly BarSeries[] }): JSX.Element {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: labels.map(lines),
        datasets: series.map((s, i) => ({ label: s.label, data: [...s.values], backgroundColor: COLOURS[i % COLOURS.length] })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: series.length > 1 },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0)}` } },
        },
        scales: { y: { ticks: { callback: (value) => formatNumber(Number(value)) } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className={styles.frame}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
