import 'server-only';
import type { SignalDefinition } from '../../../consensus/signal-agreement';
import type { SignalOption, SignalView } from '../../../views/signal-views';
import type { SignalScale } from '../../../vocabulary';
import type { Prisma } from '../../db/client';
import { type SqlClient, runSql } from '../../db/sql-transaction';

/** A signal as created and updated through Prisma (the same columns the read below selects). */
export const signalSelect = { key: true, question: true, helpText: true, scale: true, options: true, position: true, active: true } satisfies Prisma.SignalSelect;

type SignalRow = Omit<SignalView, 'scale' | 'options'> & { scale: string; options: unknown };

/** The scale column is checked against SIGNAL_SCALES and options are validated on write (migration CHECKs, ZCreateSignal). */
export function toSignalView(row: SignalRow): SignalView {
  return { ...row, scale: row.scale as SignalScale, options: row.options as SignalOption[] };
}

export function toSignalDefinition(view: SignalView): SignalDefinition {
  return { key: view.key, scale: view.scale, options: view.options };
}

/**
 * The questionnaire in its order. One statement through runSql: on the pool for the consensus
 * page and its live refreshes (issue 16: a Prisma model query there cost more CPU than the read),
 * inside the caller's transaction for a save of answers or an export, so those judge the same rows.
 */
export async function loadSignals(client: SqlClient, { activeOnly }: { activeOnly: boolean }): Promise<SignalView[]> {
  const rows = await runSql<SignalRow>(
    client,
    `SELECT key, question, "helpText", scale, options, position, active FROM "Signal" ${activeOnly ? 'WHERE active' : ''} ORDER BY position, key`,
    [],
  );
  return rows.map(toSignalView);
}
