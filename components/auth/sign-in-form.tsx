'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { safeRedirectPath } from '@/lib/security/safe-redirect';
import { signInCode, signInRefusal, type SignInRefusal } from '@/lib/security/sign-in-messages';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';

type Props = { callbackUrl: string; initialError?: string; oidcName: string | null };

/** What the form tells: a refusal (in its words, chosen by code), or that the server was out of reach. */
type Problem = SignInRefusal | { code: 'unreachable' };

/** The server's own reading of how long to wait (the URL next-auth answers with carries only the code). */
async function waitSeconds(email: string): Promise<number | undefined> {
  try {
    const response = await fetch('/api/sign-in/wait', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    if (!response.ok) return undefined;
    const { retryAfterSeconds } = (await response.json()) as { retryAfterSeconds?: unknown };
    return typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined;
  } catch {
    return undefined;
  }
}

export function SignInForm({ callbackUrl, initialError, oidcName }: Props) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | undefined>(initialError === undefined ? undefined : signInRefusal(initialError));
  const [pending, setPending] = useState(false);
  // Checked again here: the prop comes from the server's check, and this is where the browser is sent.
  const target = safeRedirectPath(callbackUrl);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    setPending(true);
    setProblem(undefined);
    const result = await signIn('credentials', { email, password: form.get('password'), redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      router.replace(target);
      router.refresh();
      return;
    }
    if (!result) {
      setPending(false);
      setProblem({ code: 'unreachable' });
      return;
    }
    const code = signInCode(result.error);
    const seconds = code === 'throttled' || code === 'locked' ? await waitSeconds(email) : undefined;
    setPending(false);
    setProblem(signInRefusal(code, seconds));
  }

  function words(shown: Problem): string {
    if (shown.code === 'unreachable') return t('signIn.unreachable');
    if (shown.code === 'throttled' || shown.code === 'locked') {
      const wait = t('refusal.wait', shown.wait.unit === 'unknown' ? { unit: 'unknown', count: 0 } : shown.wait);
      return `${t(`refusal.${shown.code}`, { wait })} ${t('refusal.help')}`;
    }
    return t(`refusal.${shown.code}`);
  }

  return (
    <div className="mt-8">
      <form method="post" onSubmit={submit} className="space-y-4" aria-describedby={problem ? 'sign-in-error' : undefined}>
        <Field label={t('signIn.email')}>
          <input name="email" type="email" autoComplete="username" required className={inputClass} />
        </Field>
        <Field label={t('signIn.password')}>
          <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </Field>
        {problem && (
          <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {words(problem)}
          </p>
        )}
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
      {oidcName && (
        <Button type="button" variant="secondary" className="mt-4 w-full" onClick={() => void signIn('oidc', { callbackUrl: target })}>
          {t('signIn.withProvider', { provider: oidcName })}
        </Button>
      )}
    </div>
  );
}
