// A project's guidelines, rendered from their Markdown on the server: the HTML
// comes from renderGuidelinesMarkdown (markdown-it without raw HTML, then an
// allow-list sanitiser), which is the only reason it may be set as HTML here.
import { useTranslations } from '@/components/i18n/kept-translations';
import { renderGuidelinesMarkdown } from '@/lib/articles/guidelines-markdown';

export function GuidelinesView({ body, className }: { body: string; className?: string }) {
  const t = useTranslations('projects.guidelines');
  const html = renderGuidelinesMarkdown(body);
  if (!html) return <p className="text-sm text-stone-700">{t('empty')}</p>;
  return <div className={`guidelines-prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
