// The consensus page's "Signals" section: per credibility signal, what the
// submitted reviewers answered on this article (the distribution, n answers),
// the consensus (plurality; "no majority" on a tie) and for ranked scales the
// median, and how far reviewers agree on the signal at all — Krippendorff's
// alpha pooled over the project's articles, with its 95% interval, or why it
// is not defined. A server component, mounted once in the Figures tab.
import { useTranslations } from '@/components/i18n/kept-translations';
import type { ReactNode } from 'react';
import type { SignalConsensusView } from '@/lib/views/signal-views';
import { useFigureFormat, useFigureNote } from './figure-format';

export function SignalConsensusPanel({ signals }: { signals: Record<string, SignalConsensusView> }) {
  const t = useTranslations('consensus.signals');
  const figures = useFigureFormat();
  const noteText = useFigureNote();
  const entries = Object.entries(signals);
  return (
    <section aria-labelledby="signals-heading" className="space-y-4">
      <h2 id="signals-heading" className="text-xl font-semibold">{t('heading')}</h2>
      <p className="text-sm text-stone-600">{t('intro')}</p>
      {entries.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="space-y-4">
        {entries.map(([key, signal]) => (
          <li key={key} aria-labelledby={`signal-${key}`} className="rounded border border-stone-200 p-4">
            <h3 id={`signal-${key}`} className="font-medium">{signal.question}</h3>
            <p className="text-sm text-stone-600">{t('answers', { count: signal.answers, scale: signal.scale })}</p>
            <table className="mt-2 text-sm">
              <caption className="sr-only">{t('caption', { question: signal.question })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pe-4 text-start">{t('column.answer')}</th>
                  <th scope="col" className="text-end">{t('column.reviewers')}</th>
                </tr>
              </thead>
              <tbody>
                {signal.distribution.map((entry) => (
                  <tr key={entry.value}>
                    <td className="pe-4">
                      <bdi>{entry.label}</bdi>
                    </td>
                    <td className="text-end">{figures.number(entry.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
              <dt>{t('consensus')}</dt>
              <dd>{signal.answers === 0 ? t('noAnswers') : signal.consensus === null ? t('tie') : labelOf(signal, signal.consensus)}</dd>
              {signal.median !== undefined ? (
                <>
                  <dt>{t('median')}</dt>
                  <dd>{signal.median === null ? t('noAnswers') : labelOf(signal, signal.median)}</dd>
                </>
              ) : null}
              <dt>{t('alpha')}</dt>
              <dd>
                {t('alphaValue', {
                  value: figures.coefficient(signal.alpha.value),
                  metric: signal.alpha.metric,
                  answers: signal.alpha.pairableValues,
                  articles: signal.alpha.pairableUnits,
                })}
                {signal.alpha.interval ? t('alphaInterval', { interval: figures.interval(signal.alpha.interval) }) : ''}
                {signal.alpha.note ? <span className="block text-stone-600">{noteText(signal.alpha.note)}</span> : null}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An answer's label as the desk wrote it: data in its own language, isolated from the interface's direction. */
function labelOf(signal: SignalConsensusView, value: string): ReactNode {
  return <bdi>{signal.distribution.find((entry) => entry.value === value)?.label ?? value}</bdi>;
}
