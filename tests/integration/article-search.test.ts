// Search and claim matching in any script, on PostgreSQL through the real route
// handlers: the dashboard search finds a Persian headline whatever its harakat
// and however its yeh and kaf were typed, a Japanese one by a two-character
// word, a Russian one by another case of its noun, a Hindi one by its word;
// claim suggestions offer a Persian claim for a Persian passage typed on an
// Arabic keyboard, and a Japanese claim for its passage. The SQL folding and
// configuration choice are held to their TypeScript twins.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TEXT_SEARCH_CONFIGS, foldScriptVariants, textSearchConfig } from '@/lib/articles/search-text';
import { spanOf } from '../support/annotation-bodies';
import { type Json, routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));

const database = withSeededDatabase();
const { hit, importArticle } = routeClient(database);

const PERSIAN = [
  'دیدار وزیر خارجه ایران با Sergei Lavrov در مسکو',
  'وزیر خارجه ایران در سال ۲۰۲۴ با Sergei Lavrov در مسکو دیدار کرد. روسیه و ایران ۱۲ توافق‌نامه‌ی تازه امضا کردند و همکاری دو کشور ادامه پیدا می‌کند.',
];
const ARABIC = ['وزير الخارجية الروسي يصل إلى طهران', 'وصل وزير الخارجية الروسي إلى طهران يوم الاثنين لإجراء محادثات.'];
const JAPANESE = ['東京都の新計画と外相会談', 'ロシアのラブロフ外相は月曜日、テヘランでイランの外相と会談した。両国は経済協定に署名した。'];
const RUSSIAN = ['Лавров прибыл в Москву на переговоры', 'Министр иностранных дел провёл переговоры с иранским коллегой.'];
const HINDI = ['प्रधानमंत्री का बयान', 'भारत के प्रधानमंत्री ने कहा कि 2024 में चुनाव होंगे।'];

const titlesFor = async (q: string) => {
  const answer = await hit('reviewer1', routes.articles.GET, { path: `/api/articles?q=${encodeURIComponent(q)}` });
  expect(answer.status, answer.text).toBe(200);
  return (answer.body.articles as { title: string }[]).map((article) => article.title);
};

beforeAll(async () => {
  for (const lines of [PERSIAN, ARABIC, JAPANESE, RUSSIAN, HINDI]) await importArticle(lines);
});

describe('the SQL folding and configuration choice', () => {
  it('fold text exactly as foldScriptVariants does', async () => {
    const samples = [
      'مُحَمَّدٌ كتابِ علي‌ها ۱۲۳ ٤٥٦ أحمد إسلام آب ٱلله خانهٔ خانۀ بیمـــه',
      '  Café\u00a0ＡＢＣ ﻻ \u3000東京  \u200c  ё ',
      'प्रधानमंत्री 👍🏽 \u2028 line\tand\u1680more\ufeff',
      '',
    ];
    for (const sample of samples) {
      const [row] = await database.query<{ folded: string }>('SELECT corroborate_fold_letters($1) AS folded', [sample]);
      expect(row!.folded, JSON.stringify(sample)).toBe(foldScriptVariants(sample));
    }
  });

  it('choose the configuration textSearchConfig chooses, and every one exists', async () => {
    const tags = [...Object.keys(TEXT_SEARCH_CONFIGS), 'fa', 'fa-IR', 'ja', 'zh-Hant-TW', 'EN-GB', 'pt-BR', 'x-unknown', 'he'];
    const rows = await database.query<{ config: string }>('SELECT corroborate_search_config(tag)::text AS config FROM unnest($1::text[]) WITH ORDINALITY AS t(tag, n) ORDER BY n', [tags]);
    expect(rows.map((row) => row.config)).toEqual(tags.map(textSearchConfig));
  });
});

describe('dashboard search in any script', () => {
  it('finds a Persian headline without its harakat, and with the other yeh and kaf', async () => {
    expect(await titlesFor('دیدار')).toEqual([PERSIAN[0]]);
    // Arabic yeh (ي) for the Persian one (ی), with a fatha the headline does not have.
    expect(await titlesFor('وَزير خارجه ايران')).toEqual([PERSIAN[0]]);
    // The Arabic stemmer reads the Arabic headline: "الخارجية" and "خارجه" share their stem.
    expect((await titlesFor('وزیر خارجه')).sort()).toEqual([ARABIC[0], PERSIAN[0]].sort());
    expect(await titlesFor('ايران')).toEqual([PERSIAN[0]]);
    // "إلى" typed on a Persian keyboard: a bare alef and a Persian yeh.
    expect(await titlesFor('الی طهران')).toEqual([ARABIC[0]]);
    expect(await titlesFor('sergei lavrov')).toEqual([PERSIAN[0]]);
  });

  it('finds a Japanese headline by a two-character word (no spaces to split words on)', async () => {
    expect(await titlesFor('計画')).toEqual([JAPANESE[0]]);
    expect(await titlesFor('外相')).toEqual([JAPANESE[0]]);
    expect(await titlesFor('東京都')).toEqual([JAPANESE[0]]);
  });

  it('finds a Russian headline by another case of its word, and a Hindi one by its word', async () => {
    expect(await titlesFor('Москва')).toEqual([RUSSIAN[0]]);
    expect(await titlesFor('переговорах')).toEqual([RUSSIAN[0]]);
    expect(await titlesFor('ЛАВРОВ')).toEqual([RUSSIAN[0]]);
    expect(await titlesFor('बयान')).toEqual([HINDI[0]]);
  });

  it('takes wildcards literally, even full-width ones NFKC turns into them, and finds nothing for marks alone', async () => {
    expect(await titlesFor('％')).toEqual([]);
    expect(await titlesFor('＿')).toEqual([]);
    expect(await titlesFor('\u064e\u0650')).toEqual([]);
  });
});

describe('the editors’ review queue searches the same way', () => {
  const queueTitlesFor = async (q: string) => {
    const answer = await hit('editor', routes.reviewQueue.GET, { path: `/api/review-queue?q=${encodeURIComponent(q)}` });
    expect(answer.status, answer.text).toBe(200);
    return (answer.body.articles as { title: string }[]).map((article) => article.title);
  };

  it('finds a Persian headline typed with Arabic letters, a Russian one by another case, a Japanese one by a word', async () => {
    expect(await queueTitlesFor('وَزير خارجه ايران')).toEqual([PERSIAN[0]]);
    expect(await queueTitlesFor('Москва')).toEqual([RUSSIAN[0]]);
    expect(await queueTitlesFor('外相')).toEqual([JAPANESE[0]]);
    expect(await queueTitlesFor('％')).toEqual([]);
  });

  it('leaves published articles out unless asked for them', async () => {
    await database.query(`UPDATE "Article" SET status = 'published', "verdictsPublishedAt" = now() WHERE title = $1`, [HINDI[0]]);
    expect(await queueTitlesFor('बयान')).toEqual([]);
    const answer = await hit('editor', routes.reviewQueue.GET, { path: `/api/review-queue?q=${encodeURIComponent('बयान')}&status=published` });
    expect((answer.body.articles as { title: string }[]).map((article) => article.title)).toEqual([HINDI[0]]);
  });
});

describe('claim suggestions in any script', () => {
  const createClaim = async (text: string) => {
    const answer = await hit('editor', routes.claims.POST, { method: 'POST', path: '/api/claims', body: { text } });
    expect(answer.status, answer.text).toBe(201);
    return (answer.body.claim as Json).id as string;
  };
  const suggestionsFor = async (lines: string[], exact: string) => {
    const [article] = await database.query<{ id: string; text: string }>('SELECT id, text FROM "Article" WHERE title = $1', [lines[0]]);
    const { start, end } = spanOf(article!.text, exact);
    const answer = await hit('editor', routes.claimSuggestions.GET, { path: `/api/articles/${article!.id}/claim-suggestions?start=${start}&end=${end}`, params: { id: article!.id } });
    expect(answer.status, answer.text).toBe(200);
    return answer.body.suggestions as { claimId: string; score: number }[];
  };

  it('offers a Persian claim, typed with Arabic letters and digits, first for its Persian passage', async () => {
    const persian = await createClaim('روسيه و ايران 12 توافقنامه امضا كردند');
    await createClaim('Russia and Iran signed twelve agreements');
    const suggestions = await suggestionsFor(PERSIAN, 'روسیه و ایران ۱۲ توافق‌نامه‌ی تازه امضا کردند');
    expect(suggestions[0]).toMatchObject({ claimId: persian });
    expect(suggestions[0]!.score).toBeGreaterThan(0.5);
  });

  it('offers a Japanese claim for its passage', async () => {
    const japanese = await createClaim('ロシアのラブロフ外相はテヘランでイランの外相と会談した');
    const suggestions = await suggestionsFor(JAPANESE, 'ロシアのラブロフ外相は月曜日、テヘランでイランの外相と会談した。');
    expect(suggestions[0]).toMatchObject({ claimId: japanese });
  });
});
