// Renders the block model to the HTML that is stored and shown (tiptap's
// StarterKit schema: headings, paragraphs, lists, blockquotes, bold, italic,
// links) and to the canonical text: block texts joined by "\n".
import { type ArticleDocument, type Block, type InlineRun, blockText } from './article-document';

export function documentToText(document: ArticleDocument): string {
  return document.blocks.map(blockText).join('\n');
}

export function documentToHtml(document: ArticleDocument): string {
  const out: string[] = [];
  let openList: 'ul' | 'ol' | null = null;
  for (const block of document.blocks) {
    const list = block.kind === 'bulletItem' ? 'ul' : block.kind === 'orderedItem' ? 'ol' : null;
    if (openList && list !== openList) out.push(`</${openList}>`);
    if (list && list !== openList) out.push(`<${list}>`);
    openList = list;
    out.push(renderBlock(block));
  }
  if (openList) out.push(`</${openList}>`);
  return out.join('');
}

function renderBlock(block: Block): string {
  const inner = block.runs.map(renderRun).join('');
  switch (block.kind) {
    case 'heading':
      return `<h${block.level ?? 2}>${inner}</h${block.level ?? 2}>`;
    case 'bulletItem':
    case 'orderedItem':
      return `<li><p>${inner}</p></li>`;
    case 'quote':
      return `<blockquote><p>${inner}</p></blockquote>`;
    default:
      return `<p>${inner}</p>`;
  }
}

function renderRun(run: InlineRun): string {
  let html = escapeHtml(run.text);
  if (run.href) html = `<a href="${escapeHtml(run.href)}" rel="noopener noreferrer nofollow">${html}</a>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
