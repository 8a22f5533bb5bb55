// Every language's catalogue, loaded on demand: a request pays only for its own language.
import type { Locale } from '@/lib/vocabulary';
import type en from '@/messages/en';

export type Messages = typeof en;

const CATALOGUES: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('@/messages/en'),
  fa: () => import('@/messages/fa'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await CATALOGUES[locale]()).default;
}
