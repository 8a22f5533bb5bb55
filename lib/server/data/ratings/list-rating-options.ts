import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import type { Prisma } from '../../db/client';

const order = [{ position: 'asc' }, { key: 'asc' }] as const;
const select = { key: true, name: true, value: true } as const;

/** The desk's default rating scale in display order (most true first); a new project starts with a copy of it. */
export async function listRatingOptions(client: Prisma.TransactionClient): Promise<RatingOption[]> {
  return client.ratingOption.findMany({ orderBy: [...order], select });
}

/** A project's own rating scale in display order: the one its verdicts are given on. */
export async function listProjectRatingOptions(client: Prisma.TransactionClient, projectId: string): Promise<RatingOption[]> {
  return client.projectRatingOption.findMany({ where: { projectId }, orderBy: [...order], select });
}
