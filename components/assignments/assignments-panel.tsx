'use client';
// The desk's Assignments panel on the consensus page: who is asked to review
// the article and by when, each reviewer's progress (overdue flagged), assign
// one member (found by name, MemberPicker) or N automatically, take one back,
// and the assigned-only switch. Every change goes through the JSON API; the
// server page then reloads the list.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { useReducer, useState } from 'react';
import { MAX_AUTO_ASSIGN } from '@/lib/validation/assignments';
import type { AssignmentView } from '@/lib/views/assignment-views';
import { apiRequest, errorMessage } from '../api/api-request';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { AssignmentStatusText, DueDate } from './assignment-status';
import { MemberPicker } from './member-picker';

type Props = { articleId: string; assignedOnly: boolean; assignments: readonly AssignmentView[] };

type State = { mode: 'idle' } | { mode: 'busy' } | { mode: 'error'; message: string } | { mode: 'done'; message: string };
type Event = { type: 'start' } | { type: 'fail'; message: string } | { type: 'succeed'; message: string };

function reduce(_state: State, event: Event): State {
  if (event.type === 'start') return { mode: 'busy' };
  if (event.type === 'fail') return { mode: 'error', message: event.message };
  return { mode: 'done', message: event.message };
}

export function AssignmentsPanel({ articleId, assignedOnly, assignments }: Props) {
  const t = useTranslations('assignments.panel');
  // The button names the number chosen ("Assign 3 reviewers"); while the field holds no whole number it says what it will do.
  const [autoCount, setAutoCount] = useState('3');
  const autoCountNumber = /^\d+$/.test(autoCount) ? Number(autoCount) : null;
  const router = useRouter();
  const [state, dispatch] = useReducer(reduce, { mode: 'idle' });
  const base = `/api/articles/${encodeURIComponent(articleId)}`;
  const submitted = assignments.filter((assignment) => assignment.status === 'submitted').length;

  async function run(change: () => Promise<string>) {
    dispatch({ type: 'start' });
    try {
      dispatch({ type: 'succeed', message: await change() });
      router.refresh();
    } catch (error) {
      dispatch({ type: 'fail', message: errorMessage(error) });
    }
  }

  const dueOf = (form: FormData) => {
    const due = String(form.get('dueAt') ?? '');
    return due ? { dueAt: due } : {};
  };

  return (
    <section aria-labelledby="assignments-heading" className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <h2 id="assignments-heading" className="text-lg font-semibold">{t('heading')}</h2>
      <p className="text-sm text-stone-700">
        {assignments.length === 0 ? t('nobody') : t('progress', { submitted, assigned: assignments.length })}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={assignedOnly}
          disabled={state.mode === 'busy'}
          onChange={(event) => {
            const next = event.target.checked;
            void run(async () => {
              await apiRequest('POST', `${base}/assigned-only`, { assignedOnly: next });
              return next ? t('assignedOnlyOn') : t('assignedOnlyOff');
            });
          }}
        />
        {t('assignedOnly')}
      </label>
      {assignments.length > 0 && (
        <ul aria-label={t('list')} className="divide-y divide-stone-200">
          {assignments.map((assignment) => (
            <li key={assignment.id} aria-label={t('assignmentOf', { name: assignment.reviewer.name })} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
              <span className="font-medium">{assignment.reviewer.name}</span>
              <span><AssignmentStatusText status={assignment.status} /></span>
              <DueDate dueAt={assignment.dueAt} overdue={assignment.overdue} />
              <Button
                type="button"
                variant="secondary"
                className="ms-auto px-2 py-1 text-sm"
                disabled={state.mode === 'busy'}
                onClick={() =>
                  void run(async () => {
                    await apiRequest('DELETE', `/api/assignments/${encodeURIComponent(assignment.id)}`);
                    return t('removed', { name: assignment.reviewer.name });
                  })
                }
              >
                {t.rich('remove', { name: assignment.reviewer.name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label={t('assignForm')}
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void run(async () => {
            const { assignment } = await apiRequest<{ assignment: AssignmentView }>('POST', `${base}/assignments`, { reviewerId: String(form.get('reviewerId')), ...dueOf(form) });
            return t('assigned', { name: assignment.reviewer.name });
          });
        }}
      >
        <MemberPicker articleId={articleId} assignmentsKey={assignments.map((assignment) => assignment.id).join(' ')} />
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{t('dueDate')}</span>
          <input type="date" name="dueAt" className={inputClass} />
        </label>
        <Button type="submit" disabled={state.mode === 'busy'}>{t('assign')}</Button>
      </form>
      <form
        aria-label={t('autoForm')}
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void run(async () => {
            const { assignments: made } = await apiRequest<{ assignments: AssignmentView[] }>('POST', `${base}/assignments/auto`, { count: Number(form.get('count')), ...dueOf(form) });
            return t('autoAssigned', { names: made.map((assignment) => assignment.reviewer.name).join(t('nameSeparator')) });
          });
        }}
      >
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{t('count')}</span>
          <input type="number" name="count" min={1} max={MAX_AUTO_ASSIGN} value={autoCount} onChange={(event) => setAutoCount(event.currentTarget.value)} required className={inputClass} />
        </label>
        <label className="block text-sm">
          <span className="font-medium text-stone-800">{t('autoDueDate')}</span>
          <input type="date" name="dueAt" className={inputClass} />
        </label>
        <Button type="submit" variant="secondary" disabled={state.mode === 'busy'}>{autoCountNumber === null ? t('autoAssignSome') : t('autoAssign', { count: autoCountNumber })}</Button>
      </form>
      {state.mode === 'error' && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{state.message}</p>}
      {state.mode === 'done' && <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">{state.message}</p>}
    </section>
  );
}
