// A project's guidelines, rendered from their Markdown on the server: the HTML
// comes from renderGuidelinesMarkdown (markdown-it without raw HTML, then an
// allow-list sanitiser), which is the only reason it may be set as HTML here.
import { renderGuidelinesMarkdown } from '@/lib/articles/guidelines-markdown';

export function GuidelinesView({ body, className }: { body: string; className?: string }) {
  const html = renderGuidelinesMarkdown(body);
  if (!html) return <p className="text-sm text-stone-700">These guidelines are empty.</p>;
  return <div className={`guidelines-prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
