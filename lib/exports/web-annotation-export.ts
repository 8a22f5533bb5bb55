// A whole W3C Web Annotation export as one JSON-LD document that can be
// written piece by piece: an AnnotationCollection whose first (and only) page
// is embedded and holds every annotation. The opening and closing come from
// annotationCollection/annotationPage themselves, so the streamed document is
// exactly what those would build in one go.
import type { CommentWebAnnotationItem } from './comment-web-annotation';
import type { WebAnnotationItem } from './web-annotation-json';
import { annotationCollection, annotationPage } from './web-annotation-collection';

const SLOT = '\u0000items\u0000';

export type WebAnnotationExportFrame = { opening: string; closing: string; separator: string };

/** The text before the first item and after the last; with no annotations the opening is the whole document. */
export function webAnnotationExportFrame(options: { id: string; label: string; total: number; modified?: string }): WebAnnotationExportFrame {
  const pageSize = Math.max(1, options.total);
  const pageIri = () => `${options.id}#all`;
  if (options.total === 0) {
    return { opening: JSON.stringify(annotationCollection({ id: options.id, label: options.label, total: 0, pageSize, modified: options.modified })), closing: '', separator: ',' };
  }
  const page = annotationPage({ collection: { id: options.id, label: options.label, total: options.total }, page: 0, pageSize, pageIri, items: [SLOT] });
  const whole = JSON.stringify(annotationCollection({ id: options.id, label: options.label, total: options.total, pageSize, pageIri, modified: options.modified, firstPage: page }));
  const [opening, closing] = whole.split(JSON.stringify(SLOT));
  if (opening === undefined || closing === undefined) throw new Error('the item slot is missing from the collection');
  return { opening, closing, separator: ',' };
}

/**
 * A run of items as they stand in the page's items array, the first of them at
 * `firstIndex` (0 has no separating comma); '' for none. One stringify per run
 * rather than per item: a 100k export is then a few dozen calls, not 100k.
 */
export function webAnnotationExportItems(items: readonly (WebAnnotationItem | CommentWebAnnotationItem)[], firstIndex: number): string {
  if (items.length === 0) return '';
  return (firstIndex === 0 ? '' : ',') + JSON.stringify(items).slice(1, -1);
}
