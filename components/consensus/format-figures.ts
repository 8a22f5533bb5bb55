// English number formats and text cutting. The consensus view writes its
// figures with figure-format.ts (the interface's language); these English
// forms remain for the pages not yet localised (sources, projects), which
// should move to figure-format.ts too, and truncateText is language-neutral.

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

/** "1 reviewer", "3 reviewers". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
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
