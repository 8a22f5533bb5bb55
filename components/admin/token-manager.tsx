'use client';
// Create (secret shown once, with an expiry, optionally limited to projects),
// list (projects, expiry, last use, state) and revoke API tokens through /api/tokens.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { ApiTokenView, TokenRevokedReason } from '@/lib/views/token-views';
import { apiRequest } from '../api/api-request';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { TimeAgo } from '../ui/time-ago';

type UserOption = { id: string; name: string; email: string; role: string };
type ProjectOption = { id: string; name: string };

const SCOPES = [
  { value: 'read:exports', name: 'Read exports', hint: 'exports, consensus and the annotation container (editor or admin accounts)' },
  { value: 'write:annotations', name: 'Write annotations', hint: 'create, change and delete the account’s own annotations' },
] as const;

/** Terms offered besides the configured default; "never" has to be picked on purpose. */
const EXPIRY_CHOICES = [7, 30, 90, 180, 365];
const NEVER = 'never';

const REVOKED_BECAUSE: Record<TokenRevokedReason, string> = {
  manual: 'by an admin',
  account_disabled: 'account disabled',
  password_reset: 'password reset',
};

type Props = { tokens: ApiTokenView[]; defaultExpiryDays: number; now: string; users: UserOption[]; projects: ProjectOption[]; selfId: string };

export function TokenManager({ tokens, defaultExpiryDays, now, users, projects, selfId }: Props) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const expiry = String(form.get('expiresInDays') ?? defaultExpiryDays);
      const body = {
        name: String(form.get('name') ?? ''),
        scopes: form.getAll('scopes').map(String),
        userId: String(form.get('userId') ?? selfId),
        projectIds: form.getAll('projectIds').map(String),
        expiresInDays: expiry === NEVER ? null : Number(expiry),
      };
      const answer = await apiRequest<{ token: ApiTokenView; secret: string }>('POST', '/api/tokens', body);
      setCreated({ name: answer.token.name, secret: answer.secret });
      (event.target as HTMLFormElement).reset();
      router.refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: ApiTokenView) {
    if (!window.confirm(`Revoke “${token.name}”? Systems using it stop working at once.`)) return;
    setError(null);
    try {
      await apiRequest<void>('DELETE', `/api/tokens/${token.id}`);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <>
      {created && (
        <div role="status" className="mt-6 rounded border border-green-400 bg-green-50 p-4">
          <p className="font-medium">Token “{created.name}” created. Copy it now: it will not be shown again.</p>
          <label className="mt-2 block text-sm">
            <span className="font-medium">New token</span>
            <input readOnly value={created.secret} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          </label>
        </div>
      )}
      {error && <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      <table className="mt-6 w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">Token</th>
            <th scope="col" className="p-3">Acts as</th>
            <th scope="col" className="p-3">Scopes</th>
            <th scope="col" className="p-3">Projects</th>
            <th scope="col" className="p-3">Expires</th>
            <th scope="col" className="p-3">Last used</th>
            <th scope="col" className="p-3">State</th>
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 && (
            <tr><td colSpan={8} className="p-3 text-stone-700">No tokens yet.</td></tr>
          )}
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-stone-200">
              <th scope="row" className="p-3 font-medium">{token.name}</th>
              <td className="p-3 font-mono">{token.prefix}…</td>
              <td className="p-3">{token.user.name} ({token.user.role})</td>
              <td className="p-3">{token.scopes.join(', ')}</td>
              <td className="p-3">{token.projects.length === 0 ? 'all of the account’s' : token.projects.map((project) => project.name).join(', ')}</td>
              <td className="p-3">
                {token.expiresAt === null ? 'never expires' : token.state === 'expired' ? <span>expired <TimeAgo iso={token.expiresAt} now={now} /></span> : <TimeAgo iso={token.expiresAt} now={now} />}
              </td>
              <td className="p-3">{token.lastUsedAt ? <TimeAgo iso={token.lastUsedAt} now={now} /> : 'never used'}</td>
              <td className="p-3">
                {token.state === 'revoked' && token.revokedAt ? (
                  <span>
                    Revoked <TimeAgo iso={token.revokedAt} now={now} />
                    {token.revokedReason && ` (${REVOKED_BECAUSE[token.revokedReason]})`}
                  </span>
                ) : token.state === 'expired' ? (
                  <span>Expired</span>
                ) : (
                  <button type="button" onClick={() => revoke(token)} className="rounded border border-red-700 px-2 py-1 text-red-900 hover:bg-red-50" aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-semibold">Create a token</h2>
      <form onSubmit={create} aria-label="Create a token" className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
        <Field label="Name" hint="Which system uses it, e.g. “CMS fact-check widget”.">
          <input name="name" required maxLength={100} className={inputClass} />
        </Field>
        <Field label="Acts as">
          <select name="userId" defaultValue={selfId} className={inputClass}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>{user.name} — {user.email} ({user.role})</option>
            ))}
          </select>
        </Field>
        <Field label="Expires" hint="After this the token stops working and systems using it need a new one.">
          <select name="expiresInDays" defaultValue={String(defaultExpiryDays)} className={inputClass}>
            {[...new Set([...EXPIRY_CHOICES, defaultExpiryDays])].sort((a, b) => a - b).map((days) => (
              <option key={days} value={days}>in {days} {days === 1 ? 'day' : 'days'}{days === defaultExpiryDays ? ' (default)' : ''}</option>
            ))}
            <option value={NEVER}>Never (not recommended)</option>
          </select>
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-stone-800">Scopes</legend>
          {SCOPES.map((scope) => (
            <label key={scope.value} className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="scopes" value={scope.value} defaultChecked={scope.value === 'read:exports'} className="mt-1" />
              <span><span className="font-medium">{scope.name}</span> <span className="text-sm text-stone-700">({scope.value}: {scope.hint})</span></span>
            </label>
          ))}
        </fieldset>
        {projects.length > 0 && (
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-stone-800">Projects</legend>
            <p className="text-sm text-stone-700">Leave all unchecked for every project the account works in. Only projects the account works in can be chosen.</p>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {projects.map((project) => (
                <label key={project.id} className="mt-2 flex items-start gap-2">
                  <input type="checkbox" name="projectIds" value={project.id} className="mt-1" />
                  <span>{project.name}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create token'}</Button>
        </div>
      </form>
    </>
  );
}
