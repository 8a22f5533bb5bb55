'use client';
// The admin's list of credibility signals: reword a question, deactivate or
// reactivate it (PATCH /api/signals/<key>), or add a signal (POST /api/signals)
// with its options one per line, lowest first for a ranked scale.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useState } from 'react';
import { ApiError, apiRequest } from '../api/api-request';
import { SIGNAL_SCALES, type SignalScale } from '@/lib/vocabulary';
import type { SignalView } from '@/lib/views/signal-views';

/** "Label" lines → options whose value is the label in lower case with _ between words. */
function optionsFrom(lines: string): { value: string; label: string }[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label) => ({ value: label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(?=[0-9])/, 'n') || 'option', label }));
}

export function SignalsEditor({ initial }: { initial: SignalView[] }) {
  const t = useTranslations('admin.signals');
  const format = useFormatter();
  // The server's refusal says why in the API's words; anything else (the network) gets ours.
  const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : t('notSaved'));
  const [signals, setSignals] = useState(initial);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; message: string } | null>(null);
  const [draft, setDraft] = useState({ key: '', question: '', scale: 'nominal' as SignalScale, options: '' });

  async function patch(key: string, change: Partial<Pick<SignalView, 'question' | 'active'>>) {
    try {
      const { signal } = await apiRequest<{ signal: SignalView }>('PATCH', `/api/signals/${key}`, change);
      setSignals((list) => list.map((item) => (item.key === key ? signal : item)));
      setStatus({ kind: 'info', message: t('saved', { question: signal.question }) });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  }

  async function add(event: React.FormEvent) {
    event.preventDefault();
    try {
      const { signal } = await apiRequest<{ signal: SignalView }>('POST', '/api/signals', { key: draft.key, question: draft.question, scale: draft.scale, options: optionsFrom(draft.options) });
      setSignals((list) => [...list, signal]);
      setDraft({ key: '', question: '', scale: 'nominal', options: '' });
      setStatus({ kind: 'info', message: t('added', { question: signal.question }) });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  }

  return (
    <div className="mt-6 max-w-3xl space-y-6">
      {status && <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'text-red-700' : 'text-stone-700'}>{status.message}</p>}
      <ul className="space-y-4">
        {signals.map((signal) => (
          <li key={signal.key} className="rounded border border-stone-200 p-4">
            <form
              className="space-y-2"
              onSubmit={(event) => {
                event.preventDefault();
                const question = new FormData(event.currentTarget).get('question');
                void patch(signal.key, { question: String(question ?? '') });
              }}
            >
              <label className="block text-sm font-medium">
                {t.rich('questionOf', { key: () => <code>{signal.key}</code>, scale: t('scaleName', { scale: signal.scale }), active: signal.active ? 'yes' : 'no' })}
                <input name="question" defaultValue={signal.question} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" />
              </label>
              <p className="text-sm text-stone-600">{t.rich('options', { options: () => format.list(signal.options.map((option) => <bdi key={option.value}>{option.label}</bdi>), { type: 'unit' }) })}</p>
              <div className="flex gap-2">
                <button type="submit" className="rounded border border-stone-400 px-3 py-1">{t('saveWording')}</button>
                <button type="button" className="rounded border border-stone-400 px-3 py-1" onClick={() => void patch(signal.key, { active: !signal.active })}>
                  {signal.active ? t('stopAsking') : t('askAgain')}
                </button>
              </div>
            </form>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-labelledby="add-signal-heading" className="space-y-2 rounded border border-stone-200 p-4">
        <h2 id="add-signal-heading" className="font-semibold">{t('addHeading')}</h2>
        <label className="block text-sm">
          {t('key')}
          <input required value={draft.key} onChange={(event) => setDraft({ ...draft, key: event.target.value })} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="block text-sm">
          {t('question')}
          <input required value={draft.question} onChange={(event) => setDraft({ ...draft, question: event.target.value })} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="block text-sm">
          {t('scale')}
          <select value={draft.scale} onChange={(event) => setDraft({ ...draft, scale: event.target.value as SignalScale })} className="mt-1 block rounded border border-stone-300 px-2 py-1">
            {SIGNAL_SCALES.map((scale) => <option key={scale} value={scale}>{t('scaleName', { scale })}</option>)}
          </select>
        </label>
        <label className="block text-sm">
          {t('optionsLabel')}
          <textarea required rows={4} value={draft.options} onChange={(event) => setDraft({ ...draft, options: event.target.value })} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">{t('submit')}</button>
      </form>
    </div>
  );
}
