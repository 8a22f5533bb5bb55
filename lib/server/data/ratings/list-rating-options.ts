import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import type { Prisma } from '../../db/client';

/** The newsroom's rating scale in display order (most true first). */
export async function listRatingOptions(client: Prisma.TransactionClient): Promise<RatingOption[]> {
  const rows = await client.ratingOption.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }], select: { key: true, name: true, value: true } });
  return rows;
}
