import { useTranslations } from 'next-intl';
import Link from 'next/link';

export default function NotFound() {
  const t = useTranslations('common.notFound');
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-stone-700">{t('body')}</p>
      <Link href="/" className="mt-6 inline-block text-blue-800 underline">{t('back')}</Link>
    </main>
  );
}
