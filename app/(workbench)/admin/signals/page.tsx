import { getTranslations } from 'next-intl/server';
import { SignalsEditor } from '@/components/admin/signals-editor';
import { listSignals } from '@/lib/server/data/signals/list-signals';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata() {
  const t = await getTranslations('admin.signals');
  return { title: t('title') };
}

export default async function SignalsPage() {
  const actor = await requirePageActor('signals:manage', '/admin/signals');
  const [signals, t] = await Promise.all([listSignals(actor), getTranslations('admin.signals')]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t('intro')}</p>
      <SignalsEditor initial={signals} />
    </>
  );
}
