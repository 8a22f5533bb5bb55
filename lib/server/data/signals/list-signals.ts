import 'server-only';
import type { SignalView } from '../../../views/signal-views';
import type { Actor } from '../../actor';
import { db } from '../../db/client';
import { can } from '../../guards';
import { loadSignals } from './signal-record';

/** The questionnaire: active signals for everyone; an admin (signals:manage) also sees the deactivated ones. */
export async function listSignals(actor: Actor): Promise<SignalView[]> {
  return loadSignals(db(), { activeOnly: !can(actor, 'signals:manage') });
}
