'use client';
// Shown when a page fails. It asks /api/health whether the database is the
// cause, says so in plain words, and retries by itself until it is back.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useState } from 'react';

type Diagnosis = 'checking' | 'database-down' | 'other';

export function ServiceProblem({ reset }: { reset: () => void }) {
  const t = useTranslations('layout.serviceProblem');
  const router = useRouter();
  const [diagnosis, setDiagnosis] = useState<Diagnosis>('checking');

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const up = await fetch('/api/health', { cache: 'no-store' }).then((response) => response.ok, () => false);
      if (stopped) return;
      if (up && diagnosis === 'database-down') {
        startTransition(() => {
          router.refresh();
          reset();
        });
        return;
      }
      setDiagnosis(up ? 'other' : 'database-down');
    };
    void check();
    const timer = setInterval(check, 3_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [diagnosis, reset, router]);

  return (
    <main className="mx-auto max-w-xl p-10" role="alert">
      {diagnosis === 'database-down' ? (
        <>
          <h1 className="text-2xl font-bold">{t('databaseDownTitle')}</h1>
          <p className="mt-3 text-stone-700">{t('databaseDownBody')}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-3 text-stone-700">{diagnosis === 'checking' ? t('checking') : t('logged')}</p>
        </>
      )}
      <button type="button" onClick={() => startTransition(() => { router.refresh(); reset(); })} className="mt-6 rounded bg-stone-900 px-4 py-2 text-white">
        {t('retry')}
      </button>
    </main>
  );
}
