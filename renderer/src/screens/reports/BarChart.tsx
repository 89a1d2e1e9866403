import type { NumberCell } from '../../../../shared/reports/figureRows';
import { numberWords, shortNumber } from './numberText';

export interface Bar {
  label: string;
  /** A second line under the label, such as "so far" for a year not over. */
  note?: string;
  value: NumberCell;
}

const HEIGHT = 220;
const TOP = 28;
const BOTTOM = 48;
const SLOT = 72;

/**
 * A bar chart drawn from the same numbers as the table beside it. Each bar carries its
 * value in text, so nothing depends on colour, and the whole chart is one image whose
 * text alternative lists every value.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const width = Math.max(320, bars.length * SLOT + 16);
  const max = Math.max(1, ...bars.map((b) => b.value.n ?? 0));
  const plot = HEIGHT - TOP - BOTTOM;
  const description = bars.map((b) => `${b.label}${b.note ? ` (${b.note})` : ''}: ${numberWords(b.value) ?? 'none'}`).join('; ');
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line className="bar-chart__axis" x1={8} x2={width - 8} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {bars.map((b, i) => {
        const x = 8 + i * SLOT + SLOT / 2;
        const h = b.value.n === null ? 0 : Math.max(b.value.n > 0 ? 2 : 0, (b.value.n / max) * plot);
        const y = HEIGHT - BOTTOM - h;
        return (
          <g key={b.label}>
            <rect className={b.note ? 'bar-chart__bar bar-chart__bar--partial' : 'bar-chart__bar'} x={x - 22} y={y} width={44} height={h} />
            <text className="bar-chart__value" x={x} y={y - 6} textAnchor="middle">
              {shortNumber(b.value) ?? 'none'}
            </text>
            <text className="bar-chart__label" x={x} y={HEIGHT - BOTTOM + 20} textAnchor="middle">
              {b.label}
            </text>
            {b.note && (
              <text className="bar-chart__label" x={x} y={HEIGHT - BOTTOM + 38} textAnchor="middle">
                {b.note}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
