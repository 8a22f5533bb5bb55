import type { Metadata } from 'next';
import { LiveUpdates } from '@/components/live/live-updates';
import { WorkTable } from '@/components/assignments/work-table';
import { listMyWork } from '@/lib/server/data/assignments/list-my-work';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'My work' };
export const dynamic = 'force-dynamic';

export default async function MyWorkPage() {
  const actor = await requirePageActor('articles:read', '/work');
  const items = await listMyWork(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">My work</h1>
      <LiveUpdates />
      <p className="text-stone-700">The articles an editor has asked you to review, overdue ones first, then by due date.</p>
      {items.length === 0 ? <p className="text-stone-700">Nothing is assigned to you right now.</p> : <WorkTable items={items} />}
    </div>
  );
}
