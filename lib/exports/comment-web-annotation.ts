// A comment of an article's discussion as a W3C Web Annotation (motivation
// `replying`): the first comment of a thread targets the article — the
// passage through TextPosition and TextQuote selectors, or the article itself
// — and a reply targets its thread's first comment. Comments have no address
// of their own in the workbench, so their IRI is `urn:uuid:<id>`, which names
// them wherever the export is copied.
import type { ExportComment } from './export-types';
import { indexCodePoints } from './code-points';
import type { TextPositionSelectorJson, TextQuoteSelectorJson, WebAnnotationAgent, WebAnnotationTarget } from './web-annotation-json';

export type ReplyBody = { type: 'TextualBody'; purpose: 'replying'; value: string; format: 'text/plain' };

export type CommentWebAnnotationItem = {
  id: string;
  type: 'Annotation';
  motivation: 'replying';
  created: string;
  modified: string;
  creator: WebAnnotationAgent;
  body: ReplyBody[];
  /** The article (its IRI, or a passage of it), or the parent comment's IRI. */
  target: string | WebAnnotationTarget;
};

export function commentIri(commentId: string): string {
  return `urn:uuid:${commentId.toLowerCase()}`;
}

/** `article`: the address the export gives it and its current text (positions are counted in code points of it). */
export function toCommentWebAnnotationItem(comment: ExportComment, article: { url: string; text: string }): CommentWebAnnotationItem {
  return {
    id: commentIri(comment.id),
    type: 'Annotation',
    motivation: 'replying',
    created: comment.createdAt,
    modified: comment.updatedAt,
    creator: { id: commentIri(comment.author.id), type: 'Person', name: comment.author.name },
    body: [{ type: 'TextualBody', purpose: 'replying', value: comment.body, format: 'text/plain' }],
    target: comment.parentId ? commentIri(comment.parentId) : articleTarget(comment, article),
  };
}

function articleTarget(comment: ExportComment, article: { url: string; text: string }): string | WebAnnotationTarget {
  const { start, end, exact } = comment;
  if (start === null || end === null || exact === null) return article.url;
  const quote: TextQuoteSelectorJson = { type: 'TextQuoteSelector', exact, prefix: comment.prefix ?? '', suffix: comment.suffix ?? '' };
  // The offsets are those of the revision the comment was made on; where the text has changed there, the quote alone.
  if (article.text.slice(start, end) !== exact) return { type: 'SpecificResource', source: article.url, selector: [quote] };
  const index = indexCodePoints(article.text);
  const position: TextPositionSelectorJson = { type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end) };
  return { type: 'SpecificResource', source: article.url, selector: [position, quote] };
}
