import 'server-only';
import { AppError } from '../../../errors';
import type { TUpdateSignal } from '../../../validation/signals';
import type { SignalView } from '../../../views/signal-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { signalSelect, toSignalView } from './signal-record';

export const SIGNAL_SCALE_FROZEN_MESSAGE =
  'Reviewers have answered this signal, so its scale and options cannot change (the answers would change meaning). Deactivate it and add a new signal instead.';

/**
 * Edits a signal's wording, help, position or whether it is asked. Its scale
 * and options change only while nobody has answered it: answered signals are
 * refused (409), not versioned — deactivating and adding a new key keeps old
 * answers meaning what they meant. The row is locked so an answer cannot slip in.
 */
export async function updateSignal(_actor: Authorized<'signals:manage'>, key: string, input: TUpdateSignal): Promise<SignalView> {
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ key: string }[]>`SELECT key FROM "Signal" WHERE key = ${key} FOR UPDATE`;
    if (!locked) throw new AppError('not_found', 'No signal with that key.');
    if ((input.scale !== undefined || input.options !== undefined) && (await tx.signalAnswer.count({ where: { signalKey: key } })) > 0) {
      throw new AppError('conflict', SIGNAL_SCALE_FROZEN_MESSAGE);
    }
    return toSignalView(await tx.signal.update({ where: { key }, data: input, select: signalSelect }));
  });
}
