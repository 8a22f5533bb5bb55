// One way to write every number on the consensus view: coefficients with 3
// decimals, shares as percentages with 1 decimal, "not defined" for a figure the
// data cannot define (never NaN, never a made-up 0).

export const NOT_DEFINED = 'not defined';

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A coefficient (alpha, kappa): "0.812", "-0.125", or "not defined". */
export function formatCoefficient(value: number | null | undefined): string {
  if (!isNumber(value)) return NOT_DEFINED;
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** A share in [0, 1] as a percentage: "12.5%", or "not defined". */
export function formatPercent(share: number | null | undefined): string {
  if (!isNumber(share)) return NOT_DEFINED;
  const text = (share * 100).toFixed(1);
  return `${text === '-0.0' ? '0.0' : text}%`;
}

/** A probability as a percentage that never rounds to a certainty it is not: "> 99.9%", "< 0.1%". */
export function formatProbability(probability: number | null | undefined): string {
  if (!isNumber(probability)) return NOT_DEFINED;
  if (probability < 1 && probability >= 0.9995) return '> 99.9%';
  if (probability > 0 && probability < 0.0005) return '< 0.1%';
  return formatPercent(probability);
}

/** "1 reviewer", "3 reviewers". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** Support of a consensus label: "2 of 3". */
export function formatSupport(support: number, reviewers: number): string {
  return `${support} of ${reviewers}`;
}

/** Cut a passage to at most `max` characters at a word boundary, with an ellipsis; never splits a surrogate pair. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const head = flat.slice(0, cut);
  if (flat[cut] === ' ') return `${head}…`;
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.5 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A list of names in prose: "A", "A and B", "A, B and C". */
export function formatNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
