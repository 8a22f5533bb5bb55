import 'server-only';
// POST to the container (Protocol §4.1): the body is a W3C Web Annotation
// whose target names an article (its address or workbench URL) and selects
// a passage of its current text. It is stored under the same rules as an
// annotation made in the workbench (createAnnotation: offsets checked against
// the text, context recomputed, history written), as the actor's own, and
// answered 201 with its IRI in Location and the annotation as stored. A
// canonical IRI the client gave is kept as it is, and the client's own id for
// the annotation joins its via (Protocol §5.1; identityOnCreate).
import { AppError } from '../../errors';
import { toExportAnnotation } from '../../exports/export-records';
import { identityOnCreate } from '../../exports/web-annotation-identity';
import { ZCreateAnnotation } from '../../validation/annotations';
import { parseInput } from '../../validation/parse-input';
import { createAnnotation } from '../data/annotations/create-annotation';
import { findTargetArticle } from '../data/web-annotations/find-target-article';
import { resolveWebAnnotationScope } from '../data/web-annotations/web-annotation-scope';
import { authorizeInProject, type Authorized } from '../guards';
import { publicBaseUrl } from '../http/public-base-url';
import { readJson } from '../http/route';
import { annotationResponse } from './annotation-response';
import { containerIri, parseContainerQuery } from './container-query';
import { MAX_ANNOTATION_BYTES, readAnnotationAgainst, requireTargetSource } from './incoming-annotation';
import { negotiateMediaType } from './negotiate-media-type';

export async function createWebAnnotation(request: Request, actor: Authorized<'annotations:write'>): Promise<Response> {
  // Refuse an unacceptable Accept before writing anything: the client could not read the answer.
  const contentType = negotiateMediaType(request.headers.get('accept'));
  const baseUrl = publicBaseUrl(request);
  const { filter } = parseContainerQuery(request);
  const json = await readJson(request, MAX_ANNOTATION_BYTES);
  const article = await findTargetArticle(actor, requireTargetSource(json), baseUrl);
  if (filter.article !== undefined || filter.target !== undefined) {
    const scope = await resolveWebAnnotationScope(actor, filter, baseUrl);
    if (!scope.articleIds?.includes(article.id)) {
      throw new AppError('bad_request', `The target names an article outside this view of the container. POST it to ${containerIri(baseUrl)} instead.`);
    }
  }
  const parsed = readAnnotationAgainst(json, article.text);
  const input = parseInput(ZCreateAnnotation, {
    label: parsed.label,
    start: parsed.start,
    end: parsed.end,
    exact: parsed.exact,
    revision: article.revision,
    rationale: parsed.rationale,
    evidence: parsed.evidence,
  });
  // Its author acts in the article's project, as through the workbench's own API (guards.ts, requireArticleActor).
  const view = await createAnnotation(authorizeInProject(actor, 'annotations:write', article.projectId, 'No article with that id.'), article.id, input, identityOnCreate(parsed));
  const annotation = toExportAnnotation(view, { id: article.id, title: article.title, url: article.url }, baseUrl);
  return annotationResponse(request, { annotation, text: article.text }, contentType, { status: 201, headers: { Location: annotation.iri } });
}
