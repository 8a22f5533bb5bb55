'use client';
// The editor's adjudication of one passage: accept the consensus label as it
// is, or set a verdict of their own. A passage whose votes tie has no consensus
// to accept: nothing is pre-selected and only an own verdict can be saved. Both need a rating; an own verdict also a
// public explanation. Editing an existing verdict sends its version, so a
// verdict someone else changed meanwhile is refused (409) instead of overwritten.
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/i18n/kept-translations';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { LABELS } from '@/lib/consensus/types';
import type { ConsensusPassageView, RatingOption } from '@/lib/views/consensus-views';
import { errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { consensusClient } from './consensus-client';
import { CLAIMANT_MAX, EXPLANATION_MAX, URL_MAX, initialRating, toVerdictInput, validateVerdict, type VerdictFieldError, type VerdictFieldErrors, type VerdictFields, type VerdictMode } from './verdict-input';

type Props = {
  articleId: string;
  passage: ConsensusPassageView;
  ratingScale: RatingOption[];
  /** Focus the final label (the chosen one, else the first) on mount: the form was opened from the keyboard. */
  autoFocus?: boolean;
};

export function VerdictForm({ articleId, passage, ratingScale, autoFocus = false }: Props) {
  const t = useTranslations('consensus.verdictForm');
  const tLabel = useTranslations('common.label');
  const tHint = useTranslations('common.labelHint');
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const verdict = passage.verdict;
  const [fields, setFields] = useState<VerdictFields>(() => ({
    label: verdict?.label ?? passage.label,
    rating: initialRating(verdict?.rating, passage.label, ratingScale),
    explanation: verdict?.explanation ?? '',
    claimant: verdict?.claimant ?? '',
    appearanceUrl: verdict?.appearanceUrl ?? '',
    claimDate: verdict?.claimDate ?? '',
  }));
  const [errors, setErrors] = useState<VerdictFieldErrors>({});
  const [pending, setPending] = useState<VerdictMode | null>(null);
  const [failure, setFailure] = useState('');
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (!autoFocus) return;
    const radios = [...(formRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus();
    // Only when the form opens: later renders must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = <K extends keyof VerdictFields>(key: K, value: VerdictFields[K]) => setFields((current) => ({ ...current, [key]: value }));
  const described = (key: keyof VerdictFields, hint?: boolean) => [hint ? `${id}-${key}-hint` : '', errors[key] ? `${id}-${key}-error` : ''].filter(Boolean).join(' ') || undefined;

  async function save(mode: VerdictMode) {
    setNotice('');
    setFailure('');
    const found = validateVerdict(fields, mode);
    setErrors(found);
    const firstInvalid = (Object.keys(found) as (keyof VerdictFields)[])[0];
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${firstInvalid}"]`)?.focus();
      return;
    }
    setPending(mode);
    try {
      await consensusClient.setVerdict(articleId, passage.id, toVerdictInput(fields, mode, passage.label, passage.verdict?.version));
      const consensus = passage.label;
      if (mode === 'accept' && consensus !== null) setFields((current) => ({ ...current, label: consensus }));
      setNotice(mode === 'accept' && consensus !== null ? t('accepted', { label: tLabel(consensus) }) : t('saved'));
      router.refresh();
    } catch (caught) {
      setFailure(errorMessage(caught));
    } finally {
      setPending(null);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4 rounded border border-stone-300 bg-white p-4"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save('verdict');
      }}
    >
      <fieldset role="radiogroup" aria-labelledby={`${id}-label-legend`} aria-describedby={described('label')} className="space-y-1">
        <legend id={`${id}-label-legend`} className="text-sm font-medium text-stone-800">{t('finalLabel')}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {LABELS.map((label) => (
            <div key={label} className="flex items-center gap-2 text-sm">
              <label className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  name={`${id}-label`}
                  value={label}
                  data-field={label === LABELS[0] ? 'label' : undefined}
                  checked={fields.label === label}
                  onChange={() => set('label', label)}
                  aria-describedby={`${id}-label-${label}-hint`}
                />
                {tLabel(label)}
              </label>
              <span id={`${id}-label-${label}-hint`} className="text-xs text-stone-700">{t('labelHint', { hint: tHint(label).toLowerCase() })}</span>
            </div>
          ))}
        </div>
        <FieldError id={`${id}-label-error`} error={errors.label} />
      </fieldset>

      <div>
        <label htmlFor={`${id}-rating`} className="text-sm font-medium text-stone-800">{t('rating')}</label>
        <select
          id={`${id}-rating`}
          data-field="rating"
          value={fields.rating}
          onChange={(event) => set('rating', event.target.value)}
          aria-invalid={errors.rating ? true : undefined}
          aria-describedby={described('rating')}
          className={inputClass}
        >
          <option value="">{t('chooseRating')}</option>
          {ratingScale.map((option) => (
            <option key={option.key} value={option.key}>{option.name}</option>
          ))}
        </select>
        <FieldError id={`${id}-rating-error`} error={errors.rating} />
      </div>

      <div>
        <label htmlFor={`${id}-explanation`} className="text-sm font-medium text-stone-800">{t('explanation')}</label>
        <textarea
          id={`${id}-explanation`}
          data-field="explanation"
          rows={4}
          maxLength={EXPLANATION_MAX}
          value={fields.explanation}
          onChange={(event) => set('explanation', event.target.value)}
          aria-invalid={errors.explanation ? true : undefined}
          aria-describedby={described('explanation', true)}
          className={inputClass}
        />
        <p id={`${id}-explanation-hint`} className="mt-1 text-xs text-stone-700">{t('explanationHint')}</p>
        <FieldError id={`${id}-explanation-error`} error={errors.explanation} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-claimant`} className="text-sm font-medium text-stone-800">{t('claimant')}</label>
          <input
            id={`${id}-claimant`}
            data-field="claimant"
            maxLength={CLAIMANT_MAX}
            value={fields.claimant}
            onChange={(event) => set('claimant', event.target.value)}
            aria-invalid={errors.claimant ? true : undefined}
            aria-describedby={described('claimant', true)}
            className={inputClass}
          />
          <p id={`${id}-claimant-hint`} className="mt-1 text-xs text-stone-700">{t('claimantHint')}</p>
          <FieldError id={`${id}-claimant-error`} error={errors.claimant} />
        </div>
        <div>
          <label htmlFor={`${id}-appearanceUrl`} className="text-sm font-medium text-stone-800">{t('appearanceUrl')}</label>
          <input
            id={`${id}-appearanceUrl`}
            data-field="appearanceUrl"
            type="url"
            inputMode="url"
            maxLength={URL_MAX}
            placeholder={t('appearanceUrlPlaceholder')}
            value={fields.appearanceUrl}
            onChange={(event) => set('appearanceUrl', event.target.value)}
            aria-invalid={errors.appearanceUrl ? true : undefined}
            aria-describedby={described('appearanceUrl', true)}
            className={inputClass}
          />
          <p id={`${id}-appearanceUrl-hint`} className="mt-1 text-xs text-stone-700">{t('appearanceUrlHint')}</p>
          <FieldError id={`${id}-appearanceUrl-error`} error={errors.appearanceUrl} />
        </div>
        <div>
          <label htmlFor={`${id}-claimDate`} className="text-sm font-medium text-stone-800">{t('claimDate')}</label>
          <input
            id={`${id}-claimDate`}
            data-field="claimDate"
            type="date"
            value={fields.claimDate}
            onChange={(event) => set('claimDate', event.target.value)}
            aria-invalid={errors.claimDate ? true : undefined}
            aria-describedby={described('claimDate', true)}
            className={inputClass}
          />
          <p id={`${id}-claimDate-hint`} className="mt-1 text-xs text-stone-700">{t('claimDateHint')}</p>
          <FieldError id={`${id}-claimDate-error`} error={errors.claimDate} />
        </div>
      </div>

      {failure && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{failure}</p>}
      <p role="status" className="text-sm text-green-900">{notice}</p>

      <div className="flex flex-wrap items-center gap-3">
        {passage.label !== null && (
          <Button type="button" variant="secondary" disabled={pending !== null} aria-describedby={`${id}-accept-hint`} onClick={() => void save('accept')}>
            {pending === 'accept' ? t('saving') : t('accept')}
          </Button>
        )}
        <Button type="submit" disabled={pending !== null}>{pending === 'verdict' ? t('saving') : t('save')}</Button>
        <p id={`${id}-accept-hint`} className="text-xs text-stone-700">
          {passage.label !== null
            ? t('acceptHint', { label: tLabel(passage.label) })
            : t('tiedHint')}
        </p>
      </div>
    </form>
  );
}

function FieldError({ id, error }: { id: string; error?: VerdictFieldError }) {
  const t = useTranslations('consensus.verdictForm.error');
  if (!error) return null;
  return <p id={id} className="mt-1 text-sm font-medium text-red-900">{'max' in error ? t(error.code, { max: error.max }) : t(error.code)}</p>;
}
