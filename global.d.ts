// next-intl's types know the catalogue, so a missing message key is a compile error.
import type { Locale } from '@/lib/vocabulary';
import type { Messages } from '@/i18n/messages';
import type { FORMATS } from '@/i18n/formats';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
