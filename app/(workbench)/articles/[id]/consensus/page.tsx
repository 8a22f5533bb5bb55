import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ConsensusWorkspace } from '@/components/consensus/consensus-workspace';
import { isAppError } from '@/lib/errors';
import { getConsensus } from '@/lib/server/data/consensus/get-consensus';
import { requirePageActor } from '@/lib/server/guards';

type Props = { params: Promise<{ id: string }> };

// Consensus is recomputed from the stored annotations on every request.
export const dynamic = 'force-dynamic';

const loadConsensus = cache(async (id: string) => {
  const actor = await requirePageActor('consensus:read', `/articles/${id}/consensus`);
  try {
    return await getConsensus(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadConsensus((await params).id);
  return { title: `Consensus: ${view.article.title}` };
}

export default async function ConsensusPage({ params }: Props) {
  return <ConsensusWorkspace view={await loadConsensus((await params).id)} />;
}
