// Turns what the data layer already returns (article details, annotation and
// verdict views, consensus passages) into export records, and mints the
// public addresses those records carry. Kept here rather than in the server
// so every format agrees on one IRI scheme.
import type { PassageClaim } from '../consensus/passage-claims';
import type { Passage } from '../consensus/types';
import type { ArticleDetail } from '../views/article-views';
import type { AnnotationView } from '../views/annotation-views';
import type { VerdictView } from '../views/consensus-views';
import { type AnnotationField, VERDICT_RULING_FIELDS, pickFields } from '../vocabulary';
import type { ExportAnnotation, ExportArticle, ExportPassage } from './export-types';

/**
 * `path` resolved under `baseUrl` as a directory, so an app served below a
 * path prefix (https://desk.example/corroborate) keeps the prefix.
 */
export function resolveUnder(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\/+/, ''), base).href;
}

/**
 * `<base>/<directory>/<id>` for many ids with the base resolved once: exports
 * mint one or two addresses per row, and a URL parse each was a fifth of a
 * 100k-row export. Appending is what resolving would give, because
 * encodeURIComponent leaves only characters a URL path keeps as they are;
 * only the dot segments would resolve differently, so those still resolve.
 */
export function addressesUnder(baseUrl: string, directory: 'annotations' | 'articles'): (id: string) => string {
  const prefix = resolveUnder(baseUrl, `${directory}/`);
  return (id) => {
    const segment = encodeURIComponent(id);
    return segment === '.' || segment === '..' ? resolveUnder(baseUrl, `${directory}/${segment}`) : prefix + segment;
  };
}

/** The IRI of an annotation: `<base>/annotations/<id>`, the address the Web Annotation Protocol serves it at. */
export function annotationIri(baseUrl: string, annotationId: string): string {
  return addressesUnder(baseUrl, 'annotations')(annotationId);
}

/** The workbench page of an article, the fallback address for an article without a public one. */
export function workbenchArticleUrl(baseUrl: string, articleId: string): string {
  return addressesUnder(baseUrl, 'articles')(articleId);
}

type ArticleFields = Pick<ArticleDetail, 'id' | 'title' | 'sourceUrl' | 'publisher' | 'source' | 'byline' | 'publishedAt' | 'status' | 'revision' | 'textHash' | 'language' | 'direction'>;

export function toExportArticle(article: ArticleFields, baseUrl: string): ExportArticle {
  return {
    id: article.id,
    title: article.title,
    url: article.sourceUrl ?? workbenchArticleUrl(baseUrl, article.id),
    publisher: article.publisher,
    source: article.source ? { id: article.source.id, name: article.source.name } : null,
    byline: article.byline,
    publishedAt: article.publishedAt,
    status: article.status,
    revision: article.revision,
    textHash: article.textHash,
    language: article.language,
    direction: article.direction,
  };
}

/** What an export record takes from the annotation itself. */
export type ExportedAnnotationFields = Pick<ExportAnnotation, 'id' | AnnotationField | 'createdAt' | 'updatedAt'>;

/**
 * The export record of an annotation, whichever way it was read (a view, or a
 * joined row of a bulk export). Built field by field: object rest/spread
 * copies went through V8's slow path and were a third of reading 100k rows.
 */
export function exportAnnotationRecord(
  annotation: ExportedAnnotationFields,
  article: Pick<ExportArticle, 'id' | 'title' | 'url'>,
  reviewer: ExportAnnotation['reviewer'],
  iri: string,
): ExportAnnotation {
  return {
    id: annotation.id,
    articleId: article.id,
    articleTitle: article.title,
    articleUrl: article.url,
    reviewer,
    label: annotation.label,
    start: annotation.start,
    end: annotation.end,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    revision: annotation.revision,
    rationale: annotation.rationale,
    evidence: annotation.evidence,
    confidence: annotation.confidence,
    anchorState: annotation.anchorState,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
    iri,
    canonical: annotation.canonical,
    via: annotation.via,
  };
}

/** The export record of a view; its evidence and via are copied, so the record shares nothing with the view. */
export function toExportAnnotation(view: AnnotationView, article: Pick<ExportArticle, 'id' | 'title' | 'url'>, baseUrl: string): ExportAnnotation {
  const copied = { ...view, evidence: view.evidence.map((item) => ({ ...item })), via: [...view.via] };
  return exportAnnotationRecord(copied, article, { id: view.author.id, name: view.author.name }, annotationIri(baseUrl, view.id));
}

type PassageFields = Pick<Passage, 'id' | 'start' | 'end' | 'exact' | 'label' | 'support' | 'reviewers' | 'state'>;

export function toExportPassage(passage: PassageFields, article: Pick<ExportArticle, 'id' | 'title'>, verdict: VerdictView | null, claims: readonly PassageClaim[] = []): ExportPassage {
  return {
    articleId: article.id,
    articleTitle: article.title,
    id: passage.id,
    start: passage.start,
    end: passage.end,
    exact: passage.exact,
    label: passage.label,
    support: passage.support,
    reviewers: passage.reviewers,
    state: passage.state,
    verdict:
      verdict === null ? null : { label: verdict.label, ...pickFields(verdict, VERDICT_RULING_FIELDS), editorName: verdict.editor.name, updatedAt: verdict.updatedAt },
    claims: claims.map((claim) => ({ id: claim.id, text: claim.text, verdict: claim.verdict && { ...claim.verdict } })),
  };
}
