'use client';
// Edit a rating scale (the desk's default, or a project's own) as a list of rows and save it in one PUT.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { RatingOption } from '@/lib/views/consensus-views';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';

type Row = { key: string; name: string; value: string };
const cell = 'w-full rounded border border-stone-400 bg-white px-2 py-1';

/** `endpoint`: where the scale is PUT (the desk default's, unless a project's is given). */
export function RatingScaleEditor({ initial, endpoint = '/api/rating-scale' }: { initial: RatingOption[]; endpoint?: string }) {
  const t = useTranslations('admin.ratingScale');
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(initial.map((option) => ({ key: option.key, name: option.name, value: String(option.value) })));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      await apiRequest('PUT', endpoint, { options: rows.map((row) => ({ key: row.key.trim(), name: row.name.trim(), value: Number(row.value) })) });
      setMessage({ ok: true, text: t('saved') });
      router.refresh();
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-6 max-w-3xl space-y-4">
      <table className="w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-2">{t('column.key')}</th>
            <th scope="col" className="p-2">{t('column.name')}</th>
            <th scope="col" className="p-2">{t('column.value')}</th>
            <th scope="col" className="p-2"><span className="sr-only">{t('column.remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="border-b border-stone-200">
              <td className="p-2"><input aria-label={t('keyOf', { n: index + 1 })} value={row.key} onChange={(event) => change(index, { key: event.target.value })} className={`${cell} font-mono`} /></td>
              <td className="p-2"><input aria-label={t('nameOf', { n: index + 1 })} value={row.name} onChange={(event) => change(index, { name: event.target.value })} className={cell} /></td>
              <td className="p-2"><input aria-label={t('valueOf', { n: index + 1 })} type="number" step="any" value={row.value} onChange={(event) => change(index, { value: event.target.value })} className={cell} /></td>
              <td className="p-2">
                <button type="button" onClick={() => setRows((current) => current.filter((_, i) => i !== index))} className="rounded border border-stone-400 px-2 py-1" aria-label={t('removeLabel', { n: index + 1 })}>{t('remove')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex gap-3">
        <Button type="button" variant="secondary" onClick={() => setRows((current) => [...current, { key: '', name: '', value: '' }])}>{t('add')}</Button>
        <Button type="button" disabled={busy} onClick={() => void save()}>{busy ? t('saving') : t('save')}</Button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-sm text-green-900' : 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900'}>{message.text}</p>}
    </div>
  );
}
