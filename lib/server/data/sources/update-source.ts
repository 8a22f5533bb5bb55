import 'server-only';
import { AppError } from '../../../errors';
import { isUuid } from '../../../validation/uuid';
import type { TUpdateSource } from '../../../validation/sources';
import type { SourceDetail } from '../../../views/source-views';
import { db } from '../../db/client';
import type { Authorized } from '../../guards';
import { getSource } from './get-source';
import { sourceConflict } from './source-errors';

/** Changes the fields given; a name or domain another source holds is a 409 and changes nothing. */
export async function updateSource(actor: Authorized<'sources:manage'>, id: string, input: TUpdateSource): Promise<SourceDetail> {
  if (!isUuid(id) || !(await db().source.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found', 'No source with that id.');
  try {
    await db().source.update({ where: { id }, data: { name: input.name, domains: input.domains, country: input.country, notes: input.notes } });
  } catch (error) {
    throw sourceConflict(error) ?? error;
  }
  return getSource(actor, id);
}
