// An interface language's catalogue (lib/server/http/interface-catalogue.ts): public, as the
// sign-in page needs it too, and the same for everyone. Asked for by its current version (?v=),
// it may be kept for good; any other version gets the current catalogue, to be asked again.
import { AppError } from '@/lib/errors';
import { isLocale } from '@/lib/i18n/locales';
import { catalogueFile } from '@/lib/server/http/interface-catalogue';
import { route } from '@/lib/server/http/route';

type Context = { params: Promise<{ locale: string }> };

export const GET = route<Context>(async (request, { params }) => {
  const { locale } = await params;
  if (!isLocale(locale)) throw new AppError('not_found', 'No interface language has that code.');
  const file = await catalogueFile(locale);
  const current = new URL(request.url).searchParams.get('v') === file.version;
  return new Response(file.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache' },
  });
});
