import { getTranslations } from 'next-intl/server';
import { WebhookManager } from '@/components/admin/webhook-manager';
import { listProjects } from '@/lib/server/data/projects/list-projects';
import { listWebhooks } from '@/lib/server/data/webhooks/list-webhooks';
import { authorize, requirePageActor } from '@/lib/server/guards';

export async function generateMetadata() {
  const t = await getTranslations('admin.webhooks');
  return { title: t('title') };
}

const CODE = 'rounded bg-stone-100 px-1';

export default async function WebhooksPage() {
  const actor = await requirePageActor('webhooks:manage', '/admin/webhooks');
  const [webhooks, projects, t] = await Promise.all([listWebhooks(actor), listProjects(authorize(actor, 'articles:read')), getTranslations('admin.webhooks')]);
  const readAt = new Date().toISOString();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        {/* The headers are the protocol's own names, the same in every language. */}
        {t.rich('intro', {
          signature: () => <code className={CODE}>{`X-Corroborate-Signature: sha256=<${t('signatureValue')}>`}</code>,
          event: () => <code className={CODE}>{'X-Corroborate-Event'}</code>,
          delivery: () => <code className={CODE}>{'X-Corroborate-Delivery'}</code>,
        })}
      </p>
      <WebhookManager webhooks={webhooks} projects={projects.map(({ id, name }) => ({ id, name }))} now={readAt} />
    </>
  );
}
