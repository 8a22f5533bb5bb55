// The stored article as plain text an editor can revise: one line per block,
// bullet items marked "- ", so that pasting it back unchanged rebuilds the same
// structure (plainTextToDocument reads these marks) instead of flattening it.
import { blockText } from './article-document';
import { htmlToDocument } from './html-to-document';

export function articleToEditableText(storedHtml: string): string {
  return htmlToDocument(storedHtml)
    .blocks.map((block) => (block.kind === 'bulletItem' || block.kind === 'orderedItem' ? `- ${blockText(block)}` : blockText(block)))
    .join('\n');
}
