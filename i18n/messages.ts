// Every language's catalogue, loaded on demand: a request (or a page switching
// language) pays only for its own. The bundler makes one chunk per folder of
// messages/, so a new catalogue needs no line here (messages/languages.ts).
import type { Locale } from '@/lib/vocabulary';
import type en from '@/messages/en';

export type Messages = typeof en;

export async function loadMessages(locale: Locale): Promise<Messages> {
  // Every catalogue has English's keys and arguments (messages/catalogues.test.ts).
  return ((await import(`../messages/${locale}/index.ts`)) as { default: Messages }).default;
}
