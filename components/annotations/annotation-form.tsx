'use client';
// Label, rationale, evidence links and confidence for a new or existing
// annotation. Enter saves (Shift+Enter for a new line in the rationale), Escape cancels.
// Every change is reported (onChange) so the workspace can keep a local draft.
// Fits a phone's width: evidence fields stack below 640 px.
import clsx from 'clsx';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { MAX_EVIDENCE_ITEMS, MAX_RATIONALE_CHARS } from '@/lib/validation/annotations';
import type { Confidence, Evidence, EvidenceType, Label } from '@/lib/views/annotation-views';
import { CONFIDENCES, EVIDENCE_TYPES, LABELS } from '@/lib/vocabulary';
import type { AnnotationContent } from './annotation-client';
import { LABEL_BUTTON_CLASS } from './labels';

/** An example address, the same in every language. */
const URL_PLACEHOLDER = 'https://…';

type Props = {
  heading: string;
  quote: string;
  initial: AnnotationContent;
  saving: boolean;
  error?: string;
  /** Shown above the fields, e.g. that this is a restored draft. */
  notice?: ReactNode;
  onSave(content: AnnotationContent): void;
  onCancel(): void;
  /** The content as it stands after every change (and once on opening). */
  onChange?(content: AnnotationContent): void;
};

export function AnnotationForm({ heading, quote, initial, saving, error, notice, onSave, onCancel, onChange }: Props) {
  const t = useTranslations('annotations.form');
  const common = useTranslations('common');
  const [label, setLabel] = useState<Label>(initial.label);
  const [rationale, setRationale] = useState(initial.rationale);
  const [evidence, setEvidence] = useState<Evidence[]>(initial.evidence);
  const [confidence, setConfidence] = useState<Confidence | null>(initial.confidence);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    rationaleRef.current?.focus();
  }, []);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => {
    onChangeRef.current?.({ label, rationale, evidence, confidence });
  }, [label, rationale, evidence, confidence]);

  const save = () => onSave({ label, rationale, evidence: evidence.filter((item) => item.url.trim() !== ''), confidence });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && (event.target as HTMLElement).tagName !== 'BUTTON' && (event.target as HTMLElement).tagName !== 'SELECT') {
      event.preventDefault();
      save();
    }
  };
  const setItem = (index: number, change: Partial<Evidence>) => setEvidence((items) => items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded border border-stone-300 bg-white p-4 shadow-lg"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2 id={`${id}-heading`} className="text-base font-semibold">{heading}</h2>
      {notice}
      <blockquote dir="auto" className="max-h-24 overflow-auto border-s-4 border-stone-300 ps-3 text-sm break-words text-stone-700">{quote}</blockquote>

      <fieldset>
        <legend className="text-sm font-medium">{t('label')}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {LABELS.map((value) => (
            <label key={value} className={clsx('flex cursor-pointer items-center gap-1 rounded border px-2 py-1 text-sm', LABEL_BUTTON_CLASS[value], label === value && 'ring-2 ring-stone-900')}>
              <input type="radio" name={`${id}-label`} value={value} checked={label === value} onChange={() => setLabel(value)} />
              {common(`label.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="block">
        <span className="text-sm font-medium">{t('rationale')}</span>
        <textarea
          ref={rationaleRef}
          value={rationale}
          maxLength={MAX_RATIONALE_CHARS}
          rows={4}
          onChange={(event) => setRationale(event.target.value)}
          className="mt-1 block w-full rounded border border-stone-400 px-2 py-1 text-sm"
          aria-describedby={`${id}-rationale-count`}
        />
        <span id={`${id}-rationale-count`} className="text-xs text-stone-600">
          {t('rationaleCount', { count: rationale.length, max: MAX_RATIONALE_CHARS })}
        </span>
      </label>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('evidence')}</legend>
        {evidence.map((item, index) => (
          <div key={index} className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto_auto]">
            <label className="col-span-2 text-xs sm:col-span-1">
              {t('link', { number: index + 1 })}
              <input type="url" required placeholder={URL_PLACEHOLDER} value={item.url} onChange={(event) => setItem(index, { url: event.target.value })} className="mt-0.5 block w-full rounded border border-stone-400 px-2 py-1 text-sm" />
            </label>
            <label className="col-span-2 text-xs sm:col-span-1">
              {t('title')}
              <input value={item.title ?? ''} maxLength={300} onChange={(event) => setItem(index, { title: event.target.value || undefined })} className="mt-0.5 block w-full rounded border border-stone-400 px-2 py-1 text-sm" />
            </label>
            <label className="text-xs">
              {t('type')}
              <select value={item.type ?? ''} onChange={(event) => setItem(index, { type: (event.target.value || undefined) as EvidenceType | undefined })} className="mt-0.5 block rounded border border-stone-400 px-1 py-1 text-sm">
                <option value="">—</option>
                {EVIDENCE_TYPES.map((value) => (
                  <option key={value} value={value}>{common(`evidenceType.${value}`)}</option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setEvidence((items) => items.filter((_, i) => i !== index))} className="rounded border border-stone-400 px-2 py-1 text-sm" aria-label={t('removeLink', { number: index + 1 })}>
              {/* A symbol, named by the button's label. */}
              <span aria-hidden="true">{'✕'}</span>
            </button>
          </div>
        ))}
        {evidence.length < MAX_EVIDENCE_ITEMS && (
          <button type="button" onClick={() => setEvidence((items) => [...items, { url: '' }])} className="text-sm text-blue-900 underline">
            {t('addLink')}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium">{t('confidence')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {CONFIDENCES.map((value) => (
            <label key={value} className="flex items-center gap-1">
              <input type="radio" name={`${id}-confidence`} checked={confidence === value} onChange={() => setConfidence(value)} />
              {common(`confidence.${value}`)}
            </label>
          ))}
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-confidence`} checked={confidence === null} onChange={() => setConfidence(null)} />
            {t('notSet')}
          </label>
        </div>
      </fieldset>

      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">{error}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={saving} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-400 px-3 py-1.5 text-sm">{t('cancel')}</button>
      </div>
    </form>
  );
}
