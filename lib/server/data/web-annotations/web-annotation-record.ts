import 'server-only';
// What the annotation container serves (the texts its offsets refer to come
// from load-revision-texts.ts). Which annotations are in view is
// visibleAnnotationsWhere's decision (lib/server/data/annotations), as in the workbench.
import type { ExportAnnotation } from '../../../exports/export-types';

export { ANNOTATION_JOIN_COLUMNS, type AnnotationJoinRow, exportRecordsUnder } from '../exports/annotation-export-row';

/** An annotation as the protocol serves it, with the canonical text its offsets refer to. */
export type WebAnnotationRecord = { annotation: ExportAnnotation; text: string };
