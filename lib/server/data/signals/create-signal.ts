import 'server-only';
import { AppError } from '../../../errors';
import type { TCreateSignal } from '../../../validation/signals';
import type { SignalView } from '../../../views/signal-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { signalSelect, toSignalView } from './signal-record';

/** Adds a question to the questionnaire (last unless a position is given); a taken key is a 409. */
export async function createSignal(_actor: Authorized<'signals:manage'>, input: TCreateSignal): Promise<SignalView> {
  return db().$transaction(async (tx) => {
    if (await tx.signal.findUnique({ where: { key: input.key }, select: { key: true } })) throw new AppError('conflict', `A signal with the key "${input.key}" exists; keys are never reused.`);
    const last = await tx.signal.aggregate({ _max: { position: true } });
    const row = await tx.signal.create({ data: { ...input, position: input.position ?? (last._max.position ?? 0) + 1 }, select: signalSelect });
    return toSignalView(row);
  });
}
