import 'server-only';
// The columns of the joined annotation row (annotation, article, author) that
// exports and the annotation container read.
import { Prisma } from '../../db/client';

export { type AnnotationJoinRow, exportRecordsUnder } from './annotation-records';

// Times are formatted by PostgreSQL as ISO 8601 UTC: the columns are UTC
// timestamps without a zone, which node-pg would otherwise read as local time.
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Columns of "Annotation" a, "Article" ar and "User" u for an AnnotationJoinRow. */
export const ANNOTATION_JOIN_COLUMNS = Prisma.raw(`
  a.id, a."articleId", ar.title AS "articleTitle", ar."sourceUrl", u.id AS "reviewerId", u.name AS "reviewerName",
  a.label::text AS label, a.start, a."end", a.exact, a.prefix, a.suffix, a.revision, a.rationale, a.evidence,
  a.confidence::text AS confidence, a."anchorState"::text AS "anchorState", a.canonical, a.via,
  to_char(a."createdAt", ${ISO}) AS "createdAt", to_char(a."updatedAt", ${ISO}) AS "updatedAt"`);
