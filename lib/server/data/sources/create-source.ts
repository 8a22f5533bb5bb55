import 'server-only';
import type { TCreateSource } from '../../../validation/sources';
import type { SourceDetail } from '../../../views/source-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { getSource } from './get-source';
import { sourceConflict } from './source-errors';

export async function createSource(actor: Authorized<'sources:manage'>, input: TCreateSource): Promise<SourceDetail> {
  try {
    const created = await db().source.create({ data: { name: input.name, domains: input.domains, country: input.country ?? null, notes: input.notes ?? null }, select: { id: true } });
    return getSource(actor, created.id);
  } catch (error) {
    throw sourceConflict(error) ?? error;
  }
}
