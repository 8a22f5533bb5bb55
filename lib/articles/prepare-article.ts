// The single entry point from "whatever was imported" to what is stored:
// sanitised HTML with the headline as its first block, the canonical text and
// its hash. Offsets in annotations index exactly this text.
import { createHash } from 'node:crypto';
import { type ArticleDocument, type Block, blockText } from './article-document';
import { finishBlock, htmlToDocument } from './html-to-document';
import { limitNesting } from './limit-nesting';
import { collapseWhitespace, stripInvalidCharacters } from './normalize-whitespace';
import { plainTextToDocument } from './plain-text-to-document';
import { documentToHtml, documentToText } from './render-document';
import { sanitizeArticleHtml } from './sanitize-article-html';

export type ArticleSource = { title?: string; html?: string; text?: string };

export type PreparedArticle = {
  title: string;
  html: string;
  text: string;
  textHash: string;
  /** Number of blocks after the headline; 0 means the import had no readable body. */
  bodyBlocks: number;
};

export const MAX_TITLE_LENGTH = 500;

/**
 * Linear in the size of the source: nesting deeper than MAX_NESTING_DEPTH is
 * flattened first (see limit-nesting.ts), and every later stage then costs the
 * same per tag and per character at any depth.
 */
export function prepareArticle(source: ArticleSource): PreparedArticle {
  const body = source.html !== undefined ? htmlToDocument(sanitizeArticleHtml(limitNesting(source.html))) : plainTextToDocument(source.text ?? '');
  let blocks = body.blocks;
  let title = normalizeTitle(source.title ?? '');
  const first = blocks[0];
  if (!title && first) {
    // No title given: the first line (plain text) or first heading/line (HTML) is the headline.
    title = normalizeTitle(blockText(first));
    blocks = blocks.slice(1);
  } else if (first && sameText(blockText(first), title)) {
    blocks = blocks.slice(1);
  }
  const headline = finishBlock([{ text: title }], { kind: 'heading', level: 1 });
  const document: ArticleDocument = { blocks: headline ? [headline, ...blocks] : blocks };
  const text = documentToText(document);
  return { title, html: documentToHtml(document), text, textHash: hashText(text), bodyBlocks: blocks.length };
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function normalizeTitle(title: string): string {
  const collapsed = collapseWhitespace(stripInvalidCharacters(title)).trim();
  // Cut at the limit without leaving half of a surrogate pair behind.
  return collapsed.slice(0, MAX_TITLE_LENGTH).replace(/[\ud800-\udbff]$/, '');
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type { Block };
