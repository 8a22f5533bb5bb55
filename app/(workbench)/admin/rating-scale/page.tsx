import type { Metadata } from 'next';
import { RatingScaleEditor } from '@/components/admin/rating-scale-editor';
import { getRatingScale } from '@/lib/server/data/ratings/get-rating-scale';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Default rating scale' };

export default async function RatingScalePage() {
  const actor = await requirePageActor('ratings:manage', '/admin/rating-scale');
  const options = await getRatingScale(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Default rating scale</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Every new project starts with a copy of this scale; each project then keeps its own, which its editors can change on the project&apos;s page, and
        changing this one leaves existing projects as they are. The ratings editors give verdicts, most true first. The value orders the scale and becomes ClaimReview&apos;s ratingValue (best and worst are the scale&apos;s
        ends; Google expects the lowest to be at least 1). Verdicts keep the name and value they were given, so editing the scale never rewrites published work.
      </p>
      <RatingScaleEditor initial={options} />
    </>
  );
}
