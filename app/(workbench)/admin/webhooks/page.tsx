import type { Metadata } from 'next';
import { WebhookManager } from '@/components/admin/webhook-manager';
import { listProjects } from '@/lib/server/data/projects/list-projects';
import { listWebhooks } from '@/lib/server/data/webhooks/list-webhooks';
import { authorize, requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const actor = await requirePageActor('webhooks:manage', '/admin/webhooks');
  const [webhooks, projects] = await Promise.all([listWebhooks(actor), listProjects(authorize(actor, 'articles:read'))]);
  const readAt = new Date().toISOString();
  return (
    <>
      <h1 className="text-2xl font-bold">Webhooks</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Webhooks tell newsroom systems what happens on the desk: each event is POSTed as JSON with{' '}
        <code className="rounded bg-stone-100 px-1">X-Corroborate-Signature: sha256=&lt;HMAC-SHA256 of the body&gt;</code>, made with the webhook&apos;s secret (shown once
        when it is added), <code className="rounded bg-stone-100 px-1">X-Corroborate-Event</code> and <code className="rounded bg-stone-100 px-1">X-Corroborate-Delivery</code>, an id that stays
        the same when a delivery is retried so your system can ignore a repeat. A delivery that gets no 2xx answer is retried with growing pauses, then given up.
      </p>
      <WebhookManager webhooks={webhooks} projects={projects.map(({ id, name }) => ({ id, name }))} now={readAt} />
    </>
  );
}
