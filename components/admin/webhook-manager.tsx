'use client';
// Create (the signing secret shown once), list and delete outgoing webhooks, and
// read a webhook's delivery log, through /api/webhooks.
import { useRouter } from 'next/navigation';
import { type FormEvent, useReducer } from 'react';
import type { WebhookDeliveryView, WebhookView } from '@/lib/views/webhook-views';
import { WEBHOOK_EVENTS } from '@/lib/vocabulary';
import { apiRequest } from '../api/api-request';
import { Button } from '../ui/button';
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
    if (!window.confirm(`Delete the webhook to ${webhook.url}? Its delivery log goes with it.`)) return;
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
          <p className="font-medium">Webhook to {shown.url} created. Copy its signing secret now: it will not be shown again.</p>
          <label className="mt-2 block text-sm">
            <span className="font-medium">Signing secret</span>
            <input readOnly value={shown.secret} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          </label>
        </div>
      )}
      {shown.kind === 'error' && <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{shown.message}</p>}
      <table className="mt-6 w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">Webhooks</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-3">URL</th>
            <th scope="col" className="p-3">Events</th>
            <th scope="col" className="p-3">Project</th>
            <th scope="col" className="p-3">Created</th>
            <th scope="col" className="p-3"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {webhooks.length === 0 && (
            <tr><td colSpan={5} className="p-3 text-stone-700">No webhooks yet.</td></tr>
          )}
          {webhooks.map((webhook) => (
            <tr key={webhook.id} className="border-b border-stone-200">
              <th scope="row" className="break-all p-3 font-mono font-normal">{webhook.url}</th>
              <td className="p-3">{webhook.events.join(', ')}</td>
              <td className="p-3">{webhook.project?.name ?? 'every project'}</td>
              <td className="p-3">{webhook.createdBy.name}, <TimeAgo iso={webhook.createdAt} now={now} /></td>
              <td className="flex gap-2 p-3">
                <button type="button" onClick={() => showLog(webhook)} className="rounded border border-stone-500 px-2 py-1 hover:bg-stone-50" aria-label={`Delivery log of ${webhook.url}`}>
                  Delivery log
                </button>
                <button type="button" onClick={() => remove(webhook)} className="rounded border border-red-700 px-2 py-1 text-red-900 hover:bg-red-50" aria-label={`Delete ${webhook.url}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.kind === 'log' && (
        <section aria-label="Delivery log" className="mt-8">
          <h2 className="text-xl font-semibold">Deliveries to {shown.webhook.url}</h2>
          <table className="mt-4 w-full border-collapse bg-white text-start text-sm shadow-sm">
            <thead className="border-b border-stone-300 text-stone-700">
              <tr>
                <th scope="col" className="p-3">Event</th>
                <th scope="col" className="p-3">Status</th>
                <th scope="col" className="p-3">Attempts</th>
                <th scope="col" className="p-3">Last answer</th>
                <th scope="col" className="p-3">Queued</th>
                <th scope="col" className="p-3">Delivery id</th>
              </tr>
            </thead>
            <tbody>
              {shown.deliveries.length === 0 && (
                <tr><td colSpan={6} className="p-3 text-stone-700">Nothing sent yet.</td></tr>
              )}
              {shown.deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-b border-stone-200">
                  <td className="p-3">{delivery.eventType}</td>
                  <td className="p-3">{delivery.status}</td>
                  <td className="p-3">{delivery.attempts}</td>
                  <td className="p-3">{delivery.lastStatusCode ?? ''} {delivery.lastError ?? ''}</td>
                  <td className="p-3"><TimeAgo iso={delivery.createdAt} now={now} /></td>
                  <td className="p-3 font-mono text-xs">{delivery.id}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <h2 className="mt-10 text-xl font-semibold">Add a webhook</h2>
      <form onSubmit={create} aria-label="Add a webhook" className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
        <Field label="URL" hint="Where the events are POSTed; a public https:// address, or a host listed in OUTBOUND_ALLOW_HOSTS.">
          <input name="url" type="url" required maxLength={2000} className={inputClass} />
        </Field>
        <Field label="Project">
          <select name="projectId" defaultValue="" className={inputClass}>
            <option value="">Every project</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>{project.name}</option>
            ))}
          </select>
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-stone-800">Events</legend>
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="mt-2 flex items-start gap-2">
                <input type="checkbox" name="events" value={event} className="mt-1" />
                <span className="font-mono">{event}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={state.busy}>{state.busy ? 'Working…' : 'Add webhook'}</Button>
        </div>
      </form>
    </>
  );
}
