// The consensus page's "Signals" section: per credibility signal, what the
// submitted reviewers answered on this article (the distribution, n answers),
// the consensus (plurality; "no majority" on a tie) and for ranked scales the
// median, and how far reviewers agree on the signal at all — Krippendorff's
// alpha pooled over the project's articles, with its 95% interval, or why it
// is not defined. A server component, mounted once in the Figures tab.
import type { SignalConsensusView } from '@/lib/views/signal-views';
import { formatCoefficient, formatCount, formatInterval } from './format-figures';

const METRIC_TEXT = { nominal: 'nominal metric: any two different answers disagree equally', ordinal: 'ordinal metric: answers further apart on the scale disagree more' } as const;

export function SignalConsensusPanel({ signals }: { signals: Record<string, SignalConsensusView> }) {
  const entries = Object.entries(signals);
  return (
    <section aria-labelledby="signals-heading" className="space-y-4">
      <h2 id="signals-heading" className="text-xl font-semibold">Signals</h2>
      <p className="text-sm text-stone-600">Article credibility signals answered by the reviewers who submitted; drafts do not count.</p>
      {entries.length === 0 ? <p>No signals are asked.</p> : null}
      <ul className="space-y-4">
        {entries.map(([key, signal]) => (
          <li key={key} aria-labelledby={`signal-${key}`} className="rounded border border-stone-200 p-4">
            <h3 id={`signal-${key}`} className="font-medium">{signal.question}</h3>
            <p className="text-sm text-stone-600">{formatCount(signal.answers, 'answer')} on this article ({signal.scale} scale)</p>
            <table className="mt-2 text-sm">
              <caption className="sr-only">Answers to “{signal.question}”</caption>
              <thead>
                <tr><th scope="col" className="pr-4 text-start">Answer</th><th scope="col" className="text-end">Reviewers</th></tr>
              </thead>
              <tbody>
                {signal.distribution.map((entry) => (
                  <tr key={entry.value}><td className="pr-4">{entry.label}</td><td className="text-end">{entry.count}</td></tr>
                ))}
              </tbody>
            </table>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
              <dt>Consensus (most frequent answer)</dt>
              <dd>{signal.answers === 0 ? 'no answers' : signal.consensus === null ? 'no majority (tie)' : labelOf(signal, signal.consensus)}</dd>
              {signal.median !== undefined ? (
                <>
                  <dt>Median (lower)</dt>
                  <dd>{signal.median === null ? 'no answers' : labelOf(signal, signal.median)}</dd>
                </>
              ) : null}
              <dt>Krippendorff’s α across the project</dt>
              <dd>
                {formatCoefficient(signal.alpha.value)} — {METRIC_TEXT[signal.alpha.metric]}; {formatCount(signal.alpha.pairableValues, 'answer')} on{' '}
                {formatCount(signal.alpha.pairableUnits, 'article')} with two or more reviewers
                {signal.alpha.interval ? `; ${formatInterval(signal.alpha.interval)}` : ''}
                {signal.alpha.note ? <span className="block text-stone-600">{signal.alpha.note}</span> : null}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function labelOf(signal: SignalConsensusView, value: string): string {
  return signal.distribution.find((entry) => entry.value === value)?.label ?? value;
}
