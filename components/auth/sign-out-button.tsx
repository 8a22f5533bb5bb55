'use client';
import { signOut } from 'next-auth/react';
import { useTranslations } from '@/components/i18n/kept-translations';
import { browserStorage, clearAllDrafts } from '../annotations/annotation-draft-store';

export function SignOutButton() {
  const t = useTranslations('auth');
  const signOutHere = () => {
    // Unsaved annotation drafts live in this browser: the next person at a shared computer must not find them.
    clearAllDrafts(browserStorage());
    void signOut({ callbackUrl: '/signin' });
  };
  return (
    <button type="button" onClick={signOutHere} className="rounded px-2 py-1 text-sm text-stone-700 underline-offset-2 hover:underline">
      {t('signOut')}
    </button>
  );
}
