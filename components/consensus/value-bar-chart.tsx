'use client';
// Horizontal bars for a handful of named values. Decorative for assistive
// technology: callers wrap it in aria-hidden and give the same numbers in a table.
// The axes run left to right in every language (dir="ltr"); the numbers are the locale's.
import { Bar, BarChart, type BarShapeProps, CartesianGrid, LabelList, Rectangle, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useFigureFormat } from './figure-format';

const POSITIVE = '#1d4ed8';
const NEGATIVE = '#c2410c';

type Props = { data: { name: string; value: number }[]; domain: [number, number]; valueFormat: 'coefficient' | 'percent' };

export function ValueBarChart({ data, domain, valueFormat }: Props) {
  const figures = useFigureFormat();
  const format = (value: unknown) => (valueFormat === 'percent' ? figures.percent(Number(value)) : figures.coefficient(Number(value)));
  return (
    <div dir="ltr">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
        style={{ width: '100%', maxWidth: 760, height: Math.max(96, data.length * 34 + 40) }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#d6d3d1" />
        <XAxis type="number" domain={domain} tickFormatter={format} tick={{ fill: '#44403c', fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fill: '#1c1917', fontSize: 12 }} />
        <ReferenceLine x={0} stroke="#44403c" />
        <Bar dataKey="value" isAnimationActive={false} shape={(bar: BarShapeProps) => <Rectangle {...bar} fill={(data[bar.index]?.value ?? 0) < 0 ? NEGATIVE : POSITIVE} />}>
          <LabelList dataKey="value" position="right" formatter={format} fill="#1c1917" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
