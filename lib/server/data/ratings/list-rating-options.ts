import 'server-only';
import type { RatingOption } from '../../../views/consensus-views';
import type { Prisma } from '../../db/client';
import { type SqlClient, runSql } from '../../db/sql-transaction';

const order = [{ position: 'asc' }, { key: 'asc' }] as const;
const select = { key: true, name: true, value: true } as const;

/** The desk's default rating scale in display order (most true first); a new project starts with a copy of it. */
export async function listRatingOptions(client: Prisma.TransactionClient): Promise<RatingOption[]> {
  return client.ratingOption.findMany({ orderBy: [...order], select });
}

/**
 * A project's own rating scale in display order: the one its verdicts are given on. In SQL through
 * runSql (the same order as the desk's scale above), on the pool or in the caller's transaction:
 * every consensus page and live refresh reads it (issue 16).
 */
export async function listProjectRatingOptions(client: SqlClient, projectId: string): Promise<RatingOption[]> {
  return runSql<RatingOption>(client, `SELECT key, name, value FROM "ProjectRatingOption" WHERE "projectId" = $1::uuid ORDER BY position ASC, key ASC`, [projectId]);
}
