// A page that carries text and nothing else: bench/request-cost.ts measures the article page's
// CPU per request against this one, given the article's size (?chars=, ?paragraphs=). It costs
// what the root layout, proxy.ts and React's rendering of that much text cost: no session
// lookup, no database, no client component. The text is filler, not an article, so the page
// shows nothing of any project to anyone (proxy.ts still sends visitors without a session
// cookie to sign in, as for every page).
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Text (benchmark baseline)' };

type Props = { searchParams: Promise<{ chars?: string; paragraphs?: string }> };

/** Bounds on the work one request may ask for: ten times the largest sample article. */
const MAX_CHARS = 200_000;
const MAX_PARAGRAPHS = 2_000;
const FILLER = 'The reviewers read the passage again and compared it with the sources the article cites. ';

function bounded(value: string | undefined, fallback: number, max: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

export default async function BenchTextPage({ searchParams }: Props) {
  const query = await searchParams;
  const chars = bounded(query.chars, 17_000, MAX_CHARS);
  const paragraphs = Math.min(bounded(query.paragraphs, 60, MAX_PARAGRAPHS), chars);
  const text = FILLER.repeat(Math.ceil(chars / FILLER.length)).slice(0, chars);
  const size = Math.ceil(chars / paragraphs);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-xl font-semibold">Text (benchmark baseline)</h1>
      <article>
        {Array.from({ length: Math.ceil(chars / size) }, (_, index) => (
          <p key={index}>{text.slice(index * size, (index + 1) * size)}</p>
        ))}
      </article>
    </main>
  );
}
