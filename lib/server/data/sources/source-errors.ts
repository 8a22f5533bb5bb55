import 'server-only';
// A source's name and each of its domains are unique (a unique index, and a trigger for domains
// inside the array): either refusal becomes one 409 that says which.
import { AppError } from '../../../errors';

export function sourceConflict(error: unknown): AppError | null {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? '')}` : '';
  if (text.includes('Source_domains_unique') || text.includes('domain already belongs')) return new AppError('conflict', 'One of those domains already belongs to another source.');
  if ((error as { code?: string })?.code === 'P2002' || text.includes('Source_name_key')) return new AppError('conflict', 'A source with that name already exists.');
  return null;
}
