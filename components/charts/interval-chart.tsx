// A share (0–100 %, y) against a count or a sequence (x), each point with its
// interval as a vertical bar: plain SVG, no chart library. Accessible: the SVG
// has a title and a description, every point is an image with its own label
// (figure, interval, n), and the caller puts the same figures in a table beside it.
// The axes run left to right in every language (dir="ltr"); numbers and words are the locale's.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useId } from 'react';

export type IntervalPoint = {
  id: string;
  /** What the point is (a source's name, a month). */
  label: string;
  x: number;
  y: number;
  low: number;
  high: number;
  /** The n behind the figure, in words ("12 articles"). */
  basis: string;
  href?: string;
};

type Props = {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  points: readonly IntervalPoint[];
  /** Labels for x ticks; default: a few round numbers over the range. */
  xTicks?: readonly { x: number; label: string }[];
};

const WIDTH = 640;
const HEIGHT = 280;
const PAD = { left: 56, right: 16, top: 16, bottom: 44 };
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

export function IntervalChart({ title, description, xLabel, yLabel, points, xTicks }: Props) {
  const t = useTranslations('charts.interval');
  const format = useFormatter();
  const id = useId();
  const percent = (share: number) => format.number(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const maxX = Math.max(1, ...points.map((point) => point.x), ...(xTicks ?? []).map((tick) => tick.x));
  const minX = xTicks ? Math.min(0, ...xTicks.map((tick) => tick.x)) : 0;
  // Room on the sides so an end point's whiskers are not cut: half a step between named ticks, 4 % past the largest count.
  const from = xTicks ? minX - 0.5 : minX;
  const to = xTicks ? maxX + 0.5 : maxX * 1.04;
  const sx = (x: number) => PAD.left + ((x - from) / (to - from)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + (1 - y) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = xTicks ?? roundTicks(maxX).map((x) => ({ x, label: format.number(x) }));
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <div dir="ltr" className="w-full max-w-3xl">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={titleId} aria-describedby={descId} className="w-full bg-white">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g aria-hidden="true" className="text-stone-500">
          {Y_TICKS.map((tick) => (
            <g key={tick}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={sy(tick)} y2={sy(tick)} stroke="currentColor" strokeOpacity={0.25} />
              <text x={PAD.left - 6} y={sy(tick) + 4} textAnchor="end" fontSize={11} fill="currentColor">{format.number(tick, 'percent')}</text>
            </g>
          ))}
          {ticks.map((tick) => (
            <text key={tick.x} x={sx(tick.x)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize={11} fill="currentColor">{tick.label}</text>
          ))}
          <text x={(PAD.left + WIDTH - PAD.right) / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={12} fill="currentColor">{xLabel}</text>
          <text x={14} y={(PAD.top + HEIGHT - PAD.bottom) / 2} textAnchor="middle" fontSize={12} fill="currentColor" transform={`rotate(-90 14 ${(PAD.top + HEIGHT - PAD.bottom) / 2})`}>{yLabel}</text>
        </g>
        {points.map((point) => {
          const label = t('point', { label: point.label, value: percent(point.y), low: percent(point.low), high: percent(point.high), basis: point.basis });
          const mark = (
            <g role="img" aria-label={label} className="text-blue-800">
              <title>{label}</title>
              <line x1={sx(point.x)} x2={sx(point.x)} y1={sy(point.low)} y2={sy(point.high)} stroke="currentColor" strokeWidth={1.5} />
              <line x1={sx(point.x) - 4} x2={sx(point.x) + 4} y1={sy(point.low)} y2={sy(point.low)} stroke="currentColor" strokeWidth={1.5} />
              <line x1={sx(point.x) - 4} x2={sx(point.x) + 4} y1={sy(point.high)} y2={sy(point.high)} stroke="currentColor" strokeWidth={1.5} />
              <circle cx={sx(point.x)} cy={sy(point.y)} r={4} fill="currentColor" />
            </g>
          );
          return point.href ? <a key={point.id} href={point.href}>{mark}</a> : <g key={point.id}>{mark}</g>;
        })}
      </svg>
    </div>
  );
}

function roundTicks(max: number): number[] {
  const step = Math.max(1, 10 ** Math.floor(Math.log10(max)) / (max / 10 ** Math.floor(Math.log10(max)) < 3 ? 2 : 1));
  const ticks: number[] = [];
  for (let x = 0; x <= max; x += step) ticks.push(x);
  return ticks;
}
