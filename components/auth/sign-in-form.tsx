'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';

type Props = { callbackUrl: string; initialError?: string; oidcName: string | null };

export function SignInForm({ callbackUrl, initialError, oidcName }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false }).catch(() => undefined);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Check your connection and try again.');
    }
  }

  return (
    <div className="mt-8">
      <form onSubmit={submit} className="space-y-4" aria-describedby={error ? 'sign-in-error' : undefined}>
        <Field label="Email">
          <input name="email" type="email" autoComplete="username" required className={inputClass} />
        </Field>
        <Field label="Password">
          <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
        </Field>
        {error && (
          <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {error}
          </p>
        )}
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {oidcName && (
        <Button type="button" variant="secondary" className="mt-4 w-full" onClick={() => void signIn('oidc', { callbackUrl })}>
          Sign in with {oidcName}
        </Button>
      )}
    </div>
  );
}
