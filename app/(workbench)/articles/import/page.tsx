import type { Metadata } from 'next';
import { ImportForm } from '@/components/articles/import-form';
import { requirePageActor } from '@/lib/server/guards';

export const metadata: Metadata = { title: 'Import an article' };

export default async function ImportPage() {
  await requirePageActor('articles:import', '/articles/import');
  return (
    <>
      <h1 className="text-2xl font-bold">Import an article</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Paste the text or HTML, upload a .txt or .html file, or give the article&apos;s address. HTML is cleaned on the server: scripts, styles, forms
        and tracking are removed and only headings, paragraphs, lists, quotes, emphasis and links are kept.
      </p>
      <ImportForm />
    </>
  );
}
