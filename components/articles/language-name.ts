// A language tag as a reader knows it, named in the interface's language: "fa" → "Persian" in
// English, «فارسی» in Persian; "ar-EG" → "Arabic (Egypt)"; the tag itself where the runtime has
// no name for it. Shown beside the article's byline.
export function languageName(tag: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'language' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}
