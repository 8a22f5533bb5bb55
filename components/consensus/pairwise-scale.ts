// Colour bands for Cohen's kappa in the reviewer × reviewer grid (the
// Landis & Koch 1977 bands), each with its words for the legend.

export type KappaBand = { name: string; className: string };

export const UNDEFINED_BAND: KappaBand = { name: 'not defined', className: 'bg-stone-100 text-stone-700' };

export const KAPPA_BANDS: { min: number; band: KappaBand }[] = [
  { min: 0.8, band: { name: '0.800 to 1: almost perfect', className: 'bg-sky-400 text-stone-900' } },
  { min: 0.6, band: { name: '0.600 to 0.800: substantial', className: 'bg-sky-300 text-stone-900' } },
  { min: 0.4, band: { name: '0.400 to 0.600: moderate', className: 'bg-sky-200 text-stone-900' } },
  { min: 0.2, band: { name: '0.200 to 0.400: fair', className: 'bg-sky-100 text-stone-900' } },
  { min: 0, band: { name: '0 to 0.200: slight', className: 'bg-sky-50 text-stone-900' } },
  { min: Number.NEGATIVE_INFINITY, band: { name: 'below 0: worse than chance', className: 'bg-orange-300 text-stone-900' } },
];

export function kappaBand(value: number | null | undefined): KappaBand {
  if (value === null || value === undefined || !Number.isFinite(value)) return UNDEFINED_BAND;
  return KAPPA_BANDS.find((entry) => value >= entry.min)!.band;
}

/** Each unordered pair once (i < j), for the table. */
export function reviewerPairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < count; i += 1) for (let j = i + 1; j < count; j += 1) pairs.push([i, j]);
  return pairs;
}
