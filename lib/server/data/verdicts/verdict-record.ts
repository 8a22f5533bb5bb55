import 'server-only';
// How a verdict row leaves the data layer, and the snapshot its history keeps.
import type { VerdictView } from '../../../views/consensus-views';
import type { Prisma } from '../../db/client';
import type { VerdictRow } from '../consensus/load-consensus-data';

export function toVerdictView(row: VerdictRow): VerdictView {
  return {
    id: row.id,
    passageKey: row.passageKey,
    start: row.start,
    end: row.end,
    exact: row.exact,
    label: row.label,
    rating: row.rating,
    ratingName: row.ratingName || row.rating,
    ratingValue: row.ratingValue,
    explanation: row.explanation,
    claimant: row.claimant,
    appearanceUrl: row.appearanceUrl,
    claimDate: row.claimDate?.toISOString().slice(0, 10) ?? null,
    acceptedConsensus: row.acceptedConsensus,
    editor: row.editor,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function verdictSnapshot(row: Omit<VerdictRow, 'editor' | 'id' | 'createdAt' | 'updatedAt'> & { editorId: string }): Prisma.InputJsonObject {
  return {
    passageKey: row.passageKey,
    start: row.start,
    end: row.end,
    exact: row.exact,
    revision: row.revision,
    label: row.label,
    rating: row.rating,
    ratingName: row.ratingName,
    ratingValue: row.ratingValue,
    explanation: row.explanation,
    claimant: row.claimant,
    appearanceUrl: row.appearanceUrl,
    claimDate: row.claimDate?.toISOString().slice(0, 10) ?? null,
    acceptedConsensus: row.acceptedConsensus,
    editorId: row.editorId,
    version: row.version,
  };
}
