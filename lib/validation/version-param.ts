// The version a caller saw, from `?version=N` or `If-Match: "N"`, for conditional deletes and restores.
import { AppError } from '../errors';

export function optionalVersion(request: Request): number | undefined {
  const raw = new URL(request.url).searchParams.get('version') ?? request.headers.get('if-match')?.replace(/^W\//, '').replace(/"/g, '');
  if (raw === undefined || raw === null || raw === '') return undefined;
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) throw new AppError('bad_request', 'version must be a positive whole number.');
  return version;
}
