// Named formats, so a component asks for "a date" and each language writes it its own way.
import type { Formats } from 'next-intl';

export const FORMATS = {
  dateTime: {
    date: { day: 'numeric', month: 'short', year: 'numeric' },
    dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    month: { month: 'short', year: 'numeric' },
  },
  number: {
    percent: { style: 'percent', maximumFractionDigits: 1 },
    precise: { maximumFractionDigits: 3 },
  },
} satisfies Formats;
