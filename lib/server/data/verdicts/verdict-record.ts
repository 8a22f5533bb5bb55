import 'server-only';
// How a verdict row leaves the data layer, and the snapshot its history keeps.
import type { VerdictView } from '../../../views/consensus-views';
import { VERDICT_RULING_FIELDS, pickFields } from '../../../vocabulary';
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
    ...pickFields(row, VERDICT_RULING_FIELDS),
    // Verdicts from before names were copied have none: their key stands in.
    ratingName: row.ratingName || row.rating,
    claimDate: calendarDayOf(row.claimDate),
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
    ...pickFields(row, VERDICT_RULING_FIELDS),
    claimDate: calendarDayOf(row.claimDate),
    acceptedConsensus: row.acceptedConsensus,
    editorId: row.editorId,
    version: row.version,
  };
}

/** A date column (@db.Date) as YYYY-MM-DD. */
function calendarDayOf(date: Date | null): string | null {
  return date?.toISOString().slice(0, 10) ?? null;
}
