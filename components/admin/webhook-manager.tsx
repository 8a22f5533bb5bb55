'use client';
// Create (the signing secret shown once), list and delete outgoing webhooks, and
// read a webhook's delivery log, through /api/webhooks.
import { useFormatter } from 'next-intl';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useReducer } from 'react';
import type { WebhookDeliveryView, WebhookView } from '@/lib/views/webhook-views';
import { WEBHOOK_EVENTS } from '@/lib/vocabulary';
import { apiRequest } from '../api/api-request';
import { Button } from '../ui/button';
import { CodeList } from '../ui/code-list';
import { Field, inputClass } from '../ui/field';
import { TimeAgo } from '../ui/time-ago';

type ProjectOption = { id: string; name: string };
type Props = { webhooks: WebhookView[]; projects: ProjectOption[]; now: string };

/** What the panel shows besides the list: nothing, a fresh secret, a delivery log, or an error; and whether a request is out. */
type State = {
  busy: boolean;
  shown: { kind: 'none' } | { kind: 'secret'; url: string; secret: string } | { kind: 'log'; webhook: WebhookView; deliveries: WebhookDeliveryView[] } | { kind: 'error'; message: string };
};
type Action = { type: 'start' } | { type: 'show'; shown: State['shown'] };

function reduce(state: State, action: Action): State {
  return action.type === 'start' ? { ...state, busy: true } : { busy: false, shown: action.shown };
}

const message = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

export function WebhookManager({ webhooks, projects, now }: Props) {
  const t = useTranslations('admin.webhooks');
  const format = useFormatter();
  const router = useRouter();
  const [state, dispatch] = useReducer(reduce, { busy: false, shown: { kind: 'none' } });

  async function run(work: () => Promise<State['shown']>) {
    dispatch({ type: 'start' });
    try {
      dispatch({ type: 'show', shown: await work() });
    } catch (caught) {
      dispatch({ type: 'show', shown: { kind: 'error', message: message(caught) } });
    }
  }

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const projectId = String(form.get('projectId') ?? '');
    void run(async () => {
      const body = { url: String(form.get('url') ?? ''), events: form.getAll('events').map(String), projectId: projectId === '' ? null : projectId };
      const answer = await apiRequest<{ webhook: WebhookView; secret: string }>('POST', '/api/webhooks', body);
      formElement.reset();
      router.refresh();
      return { kind: 'secret', url: answer.webhook.url, secret: answer.secret };
    });
  }

  function remove(webhook: WebhookView) {
    if (!window.confirm(t('confirmDelete', { url: webhook.url }))) return;
    void run(async () => {
      await apiRequest<void>('DELETE', `/api/webhooks/${webhook.id}`);
      router.refresh();
      return { kind: 'none' };
    });
  }

  function showLog(webhook: WebhookView) {
    void run(async () => {
      const { deliveries } = await apiRequest<{ deliveries: WebhookDeliveryView[] }>('GET', `/api/webhooks/${webhook.id}/deliveries`);
      return { kind: 'log', webhook, deliveries };
    });
  }

  const { shown } = state;
  return (
    <>
      {shown.kind === 'secret' && (
        <div role="status" className="mt-6 rounded border border-green-400 bg-green-50 p-4">
          <p className="font-medium">{t('created', { url: shown.url })}</p>
          <label className="mt-2 block text-sm">
            <span className="font-medium">{t('signingSecret')}</span>
            <input readOnly value={shown.secret} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          </label>
        </div>
      )}
      {shown.kind === 'error' && <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{shown.message}</p>}
      <table className="mt-6 w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-3">{t('column.url')}</th>
            <th scope="col" className="p-3">{t('column.events')}</th>
            <th scope="col" className="p-3">{t('column.project')}</th>
            <th scope="col" className="p-3">{t('column.created')}</th>
            <th scope="col" className="p-3"><span className="sr-only">{t('column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {webhooks.length === 0 && (
            <tr><td colSpan={5} className="p-3 text-stone-700">{t('empty')}</td></tr>
          )}
          {webhooks.map((webhook) => (
            <tr key={webhook.id} className="border-b border-stone-200">
              <th scope="row" className="break-all p-3 font-mono font-normal">{webhook.url}</th>
              <td className="p-3"><CodeList items={webhook.events} /></td>
              <td className="p-3">{webhook.project?.name ?? t('everyProject')}</td>
              <td className="p-3">{t.rich('createdBy', { name: webhook.createdBy.name, time: () => <TimeAgo iso={webhook.createdAt} now={now} /> })}</td>
              <td className="flex gap-2 p-3">
                <button type="button" onClick={() => showLog(webhook)} className="rounded border border-stone-500 px-2 py-1 hover:bg-stone-50" aria-label={t('deliveryLogOf', { url: webhook.url })}>
                  {t('deliveryLog')}
                </button>
                <button type="button" onClick={() => remove(webhook)} className="rounded border border-red-700 px-2 py-1 text-red-900 hover:bg-red-50" aria-label={t('deleteLabel', { url: webhook.url })}>
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.kind === 'log' && (
        <section aria-label={t('deliveryLog')} className="mt-8">
          <h2 className="text-xl font-semibold">{t('deliveriesTo', { url: shown.webhook.url })}</h2>
          <table className="mt-4 w-full border-collapse bg-white text-start text-sm shadow-sm">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                {(['event', 'status', 'attempts', 'lastAnswer', 'queued', 'deliveryId'] as const).map((column) => (
                  <th key={column} scope="col" className="p-3">{t(`log.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.deliveries.length === 0 && (
                <tr><td colSpan={6} className="p-3 text-stone-700">{t('nothingSent')}</td></tr>
              )}
              {shown.deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-b border-stone-200">
                  <td className="p-3"><code>{delivery.eventType}</code></td>
                  <td className="p-3">{t('deliveryStatus', { status: delivery.status })}</td>
                  <td className="p-3">{format.number(delivery.attempts)}</td>
                  <td className="p-3">{delivery.lastStatusCode ?? ''} {delivery.lastError ?? ''}</td>
                  <td className="p-3"><TimeAgo iso={delivery.createdAt} now={now} /></td>
                  <td className="p-3 text-xs"><code>{delivery.id}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <h2 className="mt-10 text-xl font-semibold">{t('addHeading')}</h2>
      <form onSubmit={create} aria-label={t('addHeading')} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
        <Field label={t('form.url')} hint={t.rich('form.urlHint', { code: (chunks) => <code>{chunks}</code> })}>
          <input name="url" type="url" required maxLength={2000} className={inputClass} />
        </Field>
        <Field label={t('form.project')}>
          <select name="projectId" defaultValue="" className={inputClass}>
            <option value="">{t('form.everyProject')}</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>{project.name}</option>
            ))}
          </select>
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-stone-800">{t('form.events')}</legend>
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="mt-2 flex items-start gap-2">
                <input type="checkbox" name="events" value={event} className="mt-1" />
                <code>{event}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={state.busy}>{state.busy ? t('form.working') : t('form.submit')}</Button>
        </div>
      </form>
    </>
  );
}
