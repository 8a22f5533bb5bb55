import { getTranslations } from 'next-intl/server';
import { RatingScaleEditor } from '@/components/admin/rating-scale-editor';
import { getRatingScale } from '@/lib/server/data/ratings/get-rating-scale';
import { requirePageActor } from '@/lib/server/guards';

export async function generateMetadata() {
  const t = await getTranslations('admin.ratingScale');
  return { title: t('title') };
}

export default async function RatingScalePage() {
  const actor = await requirePageActor('ratings:manage', '/admin/rating-scale');
  const [options, t] = await Promise.all([getRatingScale(actor), getTranslations('admin.ratingScale')]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t.rich('intro', { code: (chunks) => <code>{chunks}</code> })}</p>
      <RatingScaleEditor initial={options} />
    </>
  );
}
