'use client';
// The reviewer's "Signals" questionnaire beside the annotations: one radio
// group per active credibility signal, each answer saved as it is chosen
// (PUT /api/articles/<id>/signals), and frozen exactly when annotations are
// (a submitted review, a published article): the server refuses then too.
// Shows only the caller's own answers, whatever the API would add.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useEffect, useReducer } from 'react';
import { apiRequest, ApiError } from '../api/api-request';
import type { ArticleSignalsView, SignalAnswers } from '@/lib/views/signal-views';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; signals: ArticleSignalsView['signals']; answers: SignalAnswers; savingKey: string | null; error: string | null };

type Action =
  | { type: 'loaded'; view: ArticleSignalsView }
  | { type: 'loadFailed'; message: string }
  | { type: 'saving'; key: string; value: string }
  | { type: 'saved'; answers: SignalAnswers }
  | { type: 'saveFailed'; answers: SignalAnswers; message: string };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { kind: 'ready', signals: action.view.signals, answers: action.view.answers, savingKey: null, error: null };
    case 'loadFailed':
      return { kind: 'failed', message: action.message };
    case 'saving':
      return state.kind === 'ready' ? { ...state, answers: { ...state.answers, [action.key]: action.value }, savingKey: action.key, error: null } : state;
    case 'saved':
      return state.kind === 'ready' ? { ...state, answers: action.answers, savingKey: null } : state;
    case 'saveFailed':
      return state.kind === 'ready' ? { ...state, answers: action.answers, savingKey: null, error: action.message } : state;
  }
}

export function SignalsQuestionnaire({ articleId, frozen }: { articleId: string; frozen: boolean }) {
  const t = useTranslations('signals.questionnaire');
  const [state, dispatch] = useReducer(reduce, { kind: 'loading' });
  // The server's refusal says why in the API's words; anything else (the network) gets ours.
  const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : t('saveFailed'));

  useEffect(() => {
    let current = true;
    apiRequest<ArticleSignalsView>('GET', `/api/articles/${articleId}/signals`).then(
      (view) => current && dispatch({ type: 'loaded', view }),
      (error: unknown) => current && dispatch({ type: 'loadFailed', message: error instanceof ApiError ? error.message : t('loadFailed') }),
    );
    return () => {
      current = false;
    };
  }, [articleId, t]);

  async function answer(key: string, value: string) {
    if (state.kind !== 'ready') return;
    const before = state.answers;
    dispatch({ type: 'saving', key, value });
    try {
      const saved = await apiRequest<{ answers: SignalAnswers }>('PUT', `/api/articles/${articleId}/signals`, { answers: { [key]: value } });
      dispatch({ type: 'saved', answers: saved.answers });
    } catch (error) {
      dispatch({ type: 'saveFailed', answers: before, message: messageOf(error) });
    }
  }

  return (
    <section aria-labelledby="signals-questionnaire-heading" className="space-y-3">
      <h2 id="signals-questionnaire-heading" className="font-semibold">{t('heading')}</h2>
      {state.kind === 'loading' && <p className="text-sm text-stone-600">{t('loading')}</p>}
      {state.kind === 'failed' && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      {state.kind === 'ready' && (
        <>
          <p className="text-sm text-stone-600">{frozen ? t('final') : t('intro')}</p>
          {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
          {state.signals.map((signal) => (
            <fieldset key={signal.key} disabled={frozen || state.savingKey !== null} aria-describedby={signal.helpText ? `signal-help-${signal.key}` : undefined} className="space-y-1">
              <legend className="text-sm font-medium"><bdi>{signal.question}</bdi></legend>
              {signal.helpText && <p id={`signal-help-${signal.key}`} dir="auto" className="text-xs text-stone-600">{signal.helpText}</p>}
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {signal.options.map((option) => (
                  <label key={option.value} className="flex items-center gap-1 text-sm">
                    <input type="radio" name={`signal-${signal.key}`} value={option.value} checked={state.answers[signal.key] === option.value} onChange={() => void answer(signal.key, option.value)} />
                    <bdi>{option.label}</bdi>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
}
