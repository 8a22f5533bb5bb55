'use client';
// Create (secret shown once, with an expiry, optionally limited to projects),
// list (projects, expiry, last use, state) and revoke API tokens through /api/tokens.
import { useTranslations } from '@/components/i18n/kept-translations';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { ApiTokenView } from '@/lib/views/token-views';
import { apiRequest } from '../api/api-request';
import { Button } from '../ui/button';
import { CodeList } from '../ui/code-list';
import { Field, inputClass } from '../ui/field';
import { TimeAgo } from '../ui/time-ago';

type UserOption = { id: string; name: string; email: string; role: string };
type ProjectOption = { id: string; name: string };

/** Each scope's code (the API's) and where the catalogue words it. */
const SCOPES = [
  { value: 'read:exports', words: 'readExports' },
  { value: 'write:annotations', words: 'writeAnnotations' },
] as const;

/** Terms offered besides the configured default; "never" has to be picked on purpose. */
const EXPIRY_CHOICES = [7, 30, 90, 180, 365];
const NEVER = 'never';

type Props = { tokens: ApiTokenView[]; defaultExpiryDays: number; now: string; users: UserOption[]; projects: ProjectOption[]; selfId: string };

export function TokenManager({ tokens, defaultExpiryDays, now, users, projects, selfId }: Props) {
  const t = useTranslations('admin.tokens');
  const roleName = useTranslations('admin');
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The <time></time> of a message: an instant relative to the page's render. */
  const ago = (iso: string) =>
    function Ago() {
      return <TimeAgo iso={iso} now={now} />;
    };

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
    if (!window.confirm(t('confirmRevoke', { name: token.name }))) return;
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
          <p className="font-medium">{t('created', { name: created.name })}</p>
          <label className="mt-2 block text-sm">
            <span className="font-medium">{t('newToken')}</span>
            <input readOnly value={created.secret} onFocus={(event) => event.currentTarget.select()} className={`${inputClass} font-mono`} />
          </label>
        </div>
      )}
      {error && <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">{error}</p>}
      <table className="mt-6 w-full border-collapse bg-white text-start text-sm shadow-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="border-b border-stone-300 text-stone-700">
          <tr>
            {(['name', 'token', 'actsAs', 'scopes', 'projects', 'expires', 'lastUsed', 'state'] as const).map((column) => (
              <th key={column} scope="col" className="p-3">{t(`column.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.length === 0 && (
            <tr><td colSpan={8} className="p-3 text-stone-700">{t('empty')}</td></tr>
          )}
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-stone-200">
              <th scope="row" className="p-3 font-medium">{token.name}</th>
              <td className="p-3"><code>{t('prefix', { prefix: token.prefix })}</code></td>
              <td className="p-3">{t('user', { name: token.user.name, role: roleName('roleName', { role: token.user.role }) })}</td>
              <td className="p-3"><CodeList items={token.scopes} /></td>
              <td className="p-3">{token.projects.length === 0 ? t('allProjects') : token.projects.map((project) => project.name).join(', ')}</td>
              <td className="p-3">
                {token.expiresAt === null ? (
                  t('neverExpires')
                ) : token.state === 'expired' ? (
                  <span>{t.rich('expiredAgo', { time: ago(token.expiresAt) })}</span>
                ) : (
                  <TimeAgo iso={token.expiresAt} now={now} />
                )}
              </td>
              <td className="p-3">{token.lastUsedAt ? <TimeAgo iso={token.lastUsedAt} now={now} /> : t('neverUsed')}</td>
              <td className="p-3">
                {token.state === 'revoked' && token.revokedAt ? (
                  <span>{t.rich('revokedAgo', { reason: token.revokedReason ?? 'none', time: ago(token.revokedAt) })}</span>
                ) : token.state === 'expired' ? (
                  <span>{t('expired')}</span>
                ) : (
                  <button type="button" onClick={() => revoke(token)} className="rounded border border-red-700 px-2 py-1 text-red-900 hover:bg-red-50" aria-label={t('revokeLabel', { name: token.name })}>
                    {t('revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-semibold">{t('createHeading')}</h2>
      <form onSubmit={create} aria-label={t('createHeading')} className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
        <Field label={t('form.name')} hint={t('form.nameHint')}>
          <input name="name" required maxLength={100} className={inputClass} />
        </Field>
        <Field label={t('form.actsAs')}>
          <select name="userId" defaultValue={selfId} className={inputClass}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>{t('form.userOption', { name: user.name, email: user.email, role: roleName('roleName', { role: user.role }) })}</option>
            ))}
          </select>
        </Field>
        <Field label={t('form.expires')} hint={t('form.expiresHint')}>
          <select name="expiresInDays" defaultValue={String(defaultExpiryDays)} className={inputClass}>
            {[...new Set([...EXPIRY_CHOICES, defaultExpiryDays])].sort((a, b) => a - b).map((days) => (
              <option key={days} value={days}>{t('form.expiryOption', { days, isDefault: days === defaultExpiryDays ? 'yes' : 'no' })}</option>
            ))}
            <option value={NEVER}>{t('form.never')}</option>
          </select>
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-stone-800">{t('form.scopes')}</legend>
          {SCOPES.map((scope) => (
            <label key={scope.value} className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="scopes" value={scope.value} defaultChecked={scope.value === 'read:exports'} className="mt-1" />
              <span>
                <span className="font-medium">{t(`scope.${scope.words}.name`)}</span>{' '}
                <span className="text-sm text-stone-700">{t.rich('form.scopeDetail', { scope: () => <code>{scope.value}</code>, hint: t(`scope.${scope.words}.hint`) })}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {projects.length > 0 && (
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-stone-800">{t('form.projects')}</legend>
            <p className="text-sm text-stone-700">{t('form.projectsHint')}</p>
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
          <Button type="submit" disabled={busy}>{busy ? t('form.creating') : t('form.submit')}</Button>
        </div>
      </form>
    </>
  );
}
