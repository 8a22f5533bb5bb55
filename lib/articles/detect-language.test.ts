// An article's language and direction from its letters and its page's declarations.
import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, detectLanguage, directionOf } from './detect-language';

describe('detectLanguage from the text alone', () => {
  it.each([
    ['Persian (with Latin names and digits)', 'وزیر خارجه ایران در سال 2024 با Sergei Lavrov در مسکو دیدار کرد و گفت که همکاری ادامه پیدا می‌کند.', 'fa', 'rtl'],
    ['Arabic', 'قال الرئيس إن ١٢٣ شخصاً وصلوا إلى المدينة صباح يوم الاثنين، وفق ما ذكرته الوكالة.', 'ar', 'rtl'],
    ['Urdu', 'وزیر اعظم نے کہا کہ حکومت ٹیکس میں کمی کرے گی اور بڑے منصوبے شروع ہوں گے۔', 'ur', 'rtl'],
    ['Hebrew', 'ראש הממשלה אמר כי הממשלה תפעל להורדת המחירים.', 'he', 'rtl'],
    ['Russian', 'Министр иностранных дел заявил, что переговоры продолжатся в понедельник.', 'ru', 'ltr'],
    ['Ukrainian', 'Міністр закордонних справ заявив, що переговори триватимуть у понеділок.', 'uk', 'ltr'],
    ['Chinese', '中华人民共和国外交部今天宣布了新的政策。', 'zh', 'ltr'],
    ['Japanese (kanji and kana)', '東京都は新しい計画を発表した。ロシアのラブロフ外相が来日した。', 'ja', 'ltr'],
    ['Korean', '외교부는 오늘 새로운 정책을 발표했다.', 'ko', 'ltr'],
    ['Hindi', 'भारत के प्रधानमंत्री ने कहा कि 2024 में चुनाव होंगे।', 'hi', 'ltr'],
    ['Greek', 'Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν.', 'el', 'ltr'],
    ['English', 'The minister said talks would continue on Monday.', 'en', 'ltr'],
    ['emoji and digits only', '👍🏽 2024 🇮🇷', 'en', 'ltr'],
  ])('%s', (_name, text, language, direction) => {
    expect(detectLanguage(text)).toEqual({ language, direction });
  });

  it('goes by the letters most of the text is in: an English article quoting a Persian name stays English', () => {
    expect(detectLanguage('Foreign minister Abbas Araghchi (عباس عراقچی) met his Russian counterpart in Moscow on Monday.').language).toBe('en');
    expect(detectLanguage('Министр встретился с Abbas Araghchi в Москве в понедельник вечером.').language).toBe('ru');
  });
});

describe('detectLanguage with what the page declares', () => {
  it('takes the declared tag, canonicalised, when it fits the text’s script', () => {
    expect(detectLanguage('وزیر خارجه ایران گفت', ['fa_IR'])).toEqual({ language: 'fa-IR', direction: 'rtl' });
    expect(detectLanguage('The minister said', ['en-gb'])).toEqual({ language: 'en-GB', direction: 'ltr' });
    expect(detectLanguage('Le ministre a déclaré que les pourparlers continueraient.', ['fr'])).toEqual({ language: 'fr', direction: 'ltr' });
    expect(detectLanguage('東京都は新しい計画', ['ja-JP']).language).toBe('ja-JP');
    expect(detectLanguage('東京都知事', ['ja']).language).toBe('ja'); // kanji only: Japanese as declared
  });

  it('skips a declaration that contradicts the text (a site-wide template), and a malformed one', () => {
    expect(detectLanguage('قال الرئيس إن المحادثات ستستمر', ['en', 'ar-EG'])).toEqual({ language: 'ar-EG', direction: 'rtl' });
    expect(detectLanguage('قال الرئيس إن المحادثات ستستمر', ['en-US'])).toEqual({ language: 'ar', direction: 'rtl' });
    expect(detectLanguage('The minister said', ['not a tag', null, '', 'x'.repeat(40), 'de'])).toEqual({ language: 'de', direction: 'ltr' });
    expect(detectLanguage('Министр заявил', ['fa']).language).toBe('ru');
  });

  it('keeps the declared language for a text without letters', () => {
    expect(detectLanguage('2024 — 👍🏽', ['he'])).toEqual({ language: 'he', direction: 'rtl' });
  });

  it('reads only the start of a very long text', () => {
    // Read whole, the text is mostly English; read by its start, Persian. The answer shows which was read.
    expect(detectLanguage(`${'وزیر خارجه ایران گفت '.repeat(1000)}${'English words here '.repeat(100_000)}`).language).toBe('fa');
  });
});

describe('directionOf and canonicalLanguageTag', () => {
  it('knows the right-to-left languages and scripts', () => {
    for (const tag of ['ar', 'fa', 'fa-IR', 'he', 'ur', 'ps', 'yi', 'ckb', 'pa-Arab', 'az-Arab']) expect(directionOf(tag)).toBe('rtl');
    for (const tag of ['en', 'ru', 'zh-Hans', 'ja', 'hi', 'ku-Latn', 'az', 'uz-Latn']) expect(directionOf(tag)).toBe('ltr');
  });

  it('canonicalises case and separators and refuses what is not a tag', () => {
    expect(canonicalLanguageTag('ZH_hant_tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguageTag(' en-us ')).toBe('en-US');
    for (const bad of ['', 'e', '12', 'en us', 'en--US', '<script>', 'und', 'en-'.padEnd(40, 'x')]) expect(canonicalLanguageTag(bad)).toBeNull();
  });
});
