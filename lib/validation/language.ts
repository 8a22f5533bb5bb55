// An article's language and direction as clients send them: a BCP 47 tag
// ("fa", "fa-IR", "zh-Hant"), stored canonical ("fa_ir" → "fa-IR"), and ltr | rtl.
import { z } from 'zod';
import { MAX_LANGUAGE_TAG_LENGTH, canonicalLanguageTag } from '../articles/detect-language';
import { TEXT_DIRECTIONS } from '../vocabulary';

export const ZLanguageTag = z
  .string()
  .max(MAX_LANGUAGE_TAG_LENGTH, `language is too long (at most ${MAX_LANGUAGE_TAG_LENGTH} characters)`)
  .transform((value, context) => {
    const tag = canonicalLanguageTag(value);
    if (!tag) context.addIssue({ code: 'custom', message: 'language must be a BCP 47 language tag such as "en", "fa-IR" or "zh-Hant"' });
    return tag ?? z.NEVER;
  });

export const ZTextDirection = z.enum(TEXT_DIRECTIONS, 'direction must be "ltr" or "rtl"');
