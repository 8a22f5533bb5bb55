import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignInLanguage } from '@/components/auth/sign-in-language';
import { oidcConfig } from '@/lib/server/auth/oidc-config';
import { getActor } from '@/lib/server/session';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { signInCode } from '@/lib/security/sign-in-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const safeCallback = safeRedirectPath(callbackUrl);
  if (await getActor().catch(() => null)) redirect(safeCallback);
  const t = await getTranslations('auth.signIn');
  const oidcName = oidcConfig()?.name ?? null;
  // Only the code reaches the form, and only when it is set at all: the form shows its own sentence for it.
  const initialError = error === undefined ? undefined : (signInCode(error) ?? 'unknown');
  return (
    <main className="mx-auto mt-24 max-w-sm px-4">
      {/* The brand is a name, the same in every language. */}
      <h1 className="text-3xl font-bold tracking-tight">{'Corroborate'}</h1>
      <p className="mt-1 text-stone-600">{t('tagline')}</p>
      <SignInForm callbackUrl={safeCallback} initialError={initialError} oidcName={oidcName} />
      <SignInLanguage />
    </main>
  );
}
