'use client';
// Renders an article's stored HTML with tiptap, read-only. Until the editor has
// mounted, the same server-sanitised HTML is shown so the text is there at first paint.
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

export const articleExtensions = [
  StarterKit.configure({
    link: { openOnClick: false, autolink: false, linkOnPaste: false },
    // The document must hold exactly the article's blocks: no empty trailing paragraph.
    trailingNode: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    underline: false,
  }),
];

export function ArticleViewer({ html }: { html: string }) {
  const editor = useEditor({ extensions: articleExtensions, content: html, editable: false, immediatelyRender: false });
  if (!editor) {
    // Safe: `html` was produced by lib/articles from the sanitised block model, never raw input.
    return <div className="article-body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <EditorContent editor={editor} className="article-body" data-testid="article-body" />;
}
