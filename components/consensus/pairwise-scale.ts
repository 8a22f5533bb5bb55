// Colour bands for Cohen's kappa in the reviewer × reviewer grid (the
// Landis & Koch 1977 bands), each with the key of its words in the legend
// (consensus.pairwise.band.<key>).

export type KappaBand = { key: 'almostPerfect' | 'substantial' | 'moderate' | 'fair' | 'slight' | 'belowZero' | 'notDefined'; className: string };

export const UNDEFINED_BAND: KappaBand = { key: 'notDefined', className: 'bg-stone-100 text-stone-700' };

export const KAPPA_BANDS: { min: number; band: KappaBand }[] = [
  { min: 0.8, band: { key: 'almostPerfect', className: 'bg-sky-400 text-stone-900' } },
  { min: 0.6, band: { key: 'substantial', className: 'bg-sky-300 text-stone-900' } },
  { min: 0.4, band: { key: 'moderate', className: 'bg-sky-200 text-stone-900' } },
  { min: 0.2, band: { key: 'fair', className: 'bg-sky-100 text-stone-900' } },
  { min: 0, band: { key: 'slight', className: 'bg-sky-50 text-stone-900' } },
  { min: Number.NEGATIVE_INFINITY, band: { key: 'belowZero', className: 'bg-orange-300 text-stone-900' } },
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
