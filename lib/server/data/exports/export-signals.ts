import 'server-only';
// An article's credibility signals for the JSON export: per active signal, the
// submitted reviewers' answers and their consensus (drafts never count, as on
// the consensus page). Alpha is pooled over a project's articles, not a figure
// of one article, so the export leaves it to GET /api/articles/<id>/consensus.
import { signalConsensus } from '../../../consensus/signal-agreement';
import type { ExportSignal } from '../../../exports/export-types';
import type { SignalView } from '../../../views/signal-views';
import type { Prisma } from '../../db/client';
import { loadSignals, toSignalDefinition } from '../signals/signal-record';

export function loadExportSignalDefinitions(client: Prisma.TransactionClient): Promise<SignalView[]> {
  return loadSignals(client, { activeOnly: true });
}

export async function exportSignals(client: Prisma.TransactionClient, signals: readonly SignalView[], articleId: string): Promise<Record<string, ExportSignal>> {
  const answers = await client.signalAnswer.findMany({
    where: { articleId, reviewer: { submissions: { some: { articleId } } } },
    select: { signalKey: true, value: true },
  });
  return Object.fromEntries(
    signals.map((signal) => [
      signal.key,
      { question: signal.question, scale: signal.scale, ...signalConsensus(toSignalDefinition(signal), answers.filter((answer) => answer.signalKey === signal.key).map((answer) => answer.value)) },
    ]),
  );
}
