import 'server-only';
// The conditions and revision texts its offsets refer to. The blind-review
// condition is built from the one policy in guards.ts (visibleAnnotationAuthor)
// rather than restated, so the container can never show more than the
// workbench does.
import type { ExportAnnotation } from '../../../exports/export-types';
import type { Actor } from '../../actor';
import { Prisma } from '../../db/client';
import { visibleAnnotationAuthor } from '../../guards';
import type { WebAnnotationScope } from './web-annotation-scope';

export { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, exportRecordsUnder } from '../exports/annotation-export-row';

/** An annotation as the protocol serves it, with the canonical text its offsets refer to. */
export type WebAnnotationRecord = { annotation: ExportAnnotation; text: string };

function authorIs(author: string | null): Prisma.Sql {
  return author === null ? Prisma.sql`TRUE` : Prisma.sql`a."authorId" = ${author}::uuid`;
}

/** Conditions on "Annotation" a: live, in scope, and visible to the actor under blind review. */
export function visibleAnnotationConditions(actor: Actor, scope: WebAnnotationScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."deletedAt" IS NULL`];
  if (scope.articleIds !== null) {
    parts.push(scope.articleIds.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`a."articleId" IN (${Prisma.join(scope.articleIds.map((id) => Prisma.sql`${id}::uuid`))})`);
  }
  const before = visibleAnnotationAuthor(actor, false);
  const after = visibleAnnotationAuthor(actor, true);
  if (before === after) parts.push(authorIs(before));
  else {
    const submitted = Prisma.sql`EXISTS (SELECT 1 FROM "ReviewSubmission" rs WHERE rs."articleId" = a."articleId" AND rs."reviewerId" = ${actor.id}::uuid)`;
    parts.push(Prisma.sql`(CASE WHEN ${submitted} THEN ${authorIs(after)} ELSE ${authorIs(before)} END)`);
  }
  return Prisma.join(parts, ' AND ');
}

/** The texts of the (article, revision) pairs given, keyed `${articleId}:${revision}`. */
export async function loadRevisionTexts(client: Prisma.TransactionClient, pairs: readonly { articleId: string; revision: number }[]): Promise<Map<string, string>> {
  const keys = new Map(pairs.map((pair) => [`${pair.articleId}:${pair.revision}`, pair]));
  if (keys.size === 0) return new Map();
  const tuples = [...keys.values()].map((pair) => Prisma.sql`(${pair.articleId}::uuid, ${pair.revision}::int)`);
  const rows = await client.$queryRaw<{ articleId: string; revision: number; text: string }[]>`
    SELECT "articleId", revision, text FROM "ArticleRevision" WHERE ("articleId", revision) IN (${Prisma.join(tuples)})`;
  return new Map(rows.map((row) => [`${row.articleId}:${row.revision}`, row.text]));
}
