// The languages the interface speaks (issue 17). Adding one is adding its
// catalogue, messages/<locale>/ (en/ copied and translated, index.ts included),
// and its line here: its name in itself, as the language menus list it (never
// translated), and which way it runs. The catalogue test checks that every
// folder has a line and every line a complete catalogue.
export const LANGUAGES = {
  en: { name: 'English', direction: 'ltr' },
  fa: { name: 'فارسی', direction: 'rtl' },
} as const satisfies Record<string, { name: string; direction: 'ltr' | 'rtl' }>;
