import type { Metadata } from 'next';
import { SignalsEditor } from '@/components/admin/signals-editor';
import { listSignals } from '@/lib/server/data/signals/list-signals';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Credibility signals' };

export default async function SignalsPage() {
  const actor = await requirePageActor('signals:manage', '/admin/signals');
  const signals = await listSignals(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Credibility signals</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        The questionnaire reviewers answer about each article as a whole, blind like their annotations, starting from the Credibility Coalition&apos;s content
        indicators. You can reword a question, reorder it or stop asking it. Once anyone has answered a signal its scale and options are fixed, so earlier answers keep
        their meaning: to ask differently, deactivate it and add a new signal.
      </p>
      <SignalsEditor initial={signals} />
    </>
  );
}
