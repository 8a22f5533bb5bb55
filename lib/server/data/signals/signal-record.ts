import 'server-only';
import type { SignalDefinition } from '../../../consensus/signal-agreement';
import type { SignalOption, SignalView } from '../../../views/signal-views';
import type { SignalScale } from '../../../vocabulary';
import type { Prisma } from '../../db/client';

export const signalSelect = { key: true, question: true, helpText: true, scale: true, options: true, position: true, active: true } satisfies Prisma.SignalSelect;

type SignalRow = Prisma.SignalGetPayload<{ select: typeof signalSelect }>;

/** The scale column is checked against SIGNAL_SCALES and options are validated on write (migration CHECKs, ZCreateSignal). */
export function toSignalView(row: SignalRow): SignalView {
  return { ...row, scale: row.scale as SignalScale, options: row.options as SignalOption[] };
}

export function toSignalDefinition(view: SignalView): SignalDefinition {
  return { key: view.key, scale: view.scale, options: view.options };
}

export async function loadSignals(client: Prisma.TransactionClient, { activeOnly }: { activeOnly: boolean }): Promise<SignalView[]> {
  const rows = await client.signal.findMany({ where: activeOnly ? { active: true } : {}, orderBy: [{ position: 'asc' }, { key: 'asc' }], select: signalSelect });
  return rows.map(toSignalView);
}
