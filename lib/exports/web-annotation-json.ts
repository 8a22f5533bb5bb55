// The JSON shapes of the W3C Web Annotation Data Model that we write: one
// annotation as a page item and as a standalone document. Apart from the
// serialiser (web-annotation.ts) so the container views
// (web-annotation-collection.ts) can name them without importing it.
import type { Label } from '../vocabulary';
import type { ANNO_CONTEXT } from './web-annotation-vocabulary';

export type TextPositionSelectorJson = { type: 'TextPositionSelector'; start: number; end: number };
export type TextQuoteSelectorJson = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
export type TagBody = { type: 'TextualBody'; purpose: 'tagging'; value: Label };
export type CommentBody = { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' };
export type LinkBody = { type: 'SpecificResource'; purpose: 'linking'; source: { id: string; label?: string } };
export type WebAnnotationBody = TagBody | CommentBody | LinkBody;
export type WebAnnotationAgent = { id?: string; type: 'Person'; name: string };
export type WebAnnotationTarget = {
  type: 'SpecificResource';
  source: string;
  selector: (TextPositionSelectorJson | TextQuoteSelectorJson)[];
};

/** An annotation as an item of an AnnotationPage, where the page carries the context. */
export type WebAnnotationItem = {
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  created: string;
  modified: string;
  creator: WebAnnotationAgent;
  body: WebAnnotationBody[];
  target: WebAnnotationTarget;
  canonical?: string;
  via?: string | string[];
};

export type WebAnnotation = { '@context': typeof ANNO_CONTEXT } & WebAnnotationItem;
