import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LiveUpdates } from '@/components/live/live-updates';
import { WorkTable } from '@/components/assignments/work-table';
import { listMyWork } from '@/lib/server/data/assignments/list-my-work';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assignments.work');
  return { title: t('title') };
}
export const dynamic = 'force-dynamic';

export default async function MyWorkPage() {
  const actor = await requirePageActor('articles:read', '/work');
  const [items, t] = await Promise.all([listMyWork(actor), getTranslations('assignments.work')]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <LiveUpdates />
      <p className="text-stone-700">{t('intro')}</p>
      {items.length === 0 ? <p className="text-stone-700">{t('none')}</p> : <WorkTable items={items} />}
    </div>
  );
}
