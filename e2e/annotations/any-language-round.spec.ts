// One round of work on an article in a script other than Latin, for a Persian
// (right to left, with a Latin name and digits inside) and a Japanese article
// (no spaces between words): the editor imports it by pasting, a reviewer
// annotates one passage with the mouse and one with the keyboard, the editor
// inserts a sentence before both, and the annotations move with their words;
// the JSON export's quotes equal the text at their UTF-16 offsets and the W3C
// export's at their code-point offsets; a screenshot of the highlights is
// attached and each highlight covers exactly the annotated words.
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { ARTICLE_PATH, currentArticle } from '../fixtures/article-page';
import { annotationForm, articleEditor, domSelectionText, fetchAnnotations, fetchArticle, highlightTexts, openArticle, selectPassage, selectionToolbar, workspaceNotice } from '../fixtures/annotations';
import { signInAs, signOut } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';
import type { TextDirection } from '../../lib/vocabulary';

type Round = {
  name: string;
  language: string;
  direction: TextDirection;
  headline: (tag: string) => string;
  paragraphs: string[];
  /** The keyboard selection: Shift+arrow presses from the first paragraph's start (which arrow is "forward" depends on the direction), and the word it snaps to. */
  keyboard: { presses: number; selected: string; word: string };
  /** The mouse selection (part of a word at each end) and the words it snaps to. */
  mouse: { selected: string; words: string };
  /** The sentence the editor inserts at the start of the first paragraph, before both annotations. */
  inserted: string;
};

const ROUNDS: Round[] = [
  {
    name: 'Persian',
    language: 'fa',
    direction: 'rtl',
    headline: (tag) => `مسکو و تهران بر گسترش همکاری تأکید کردند (${tag})`,
    paragraphs: [
      'وزیر امور خارجه روسیه روز دوشنبه در تهران با همتای ایرانی خود دیدار کرد. به گفته‌ی Sergei Lavrov، دو کشور در سال 2024 بیش از ۱۲ توافق‌نامه‌ی اقتصادی امضا کرده‌اند.',
      'دو طرف درباره‌ی خط لوله‌ی گاز و مسیر حمل‌ونقل شمال به جنوب گفت‌وگو کردند. یک کارشناس در تهران گفت که این همکاری بیشتر سیاسی است تا اقتصادی. حجم تجارت دو کشور هنوز کمتر از 5 میلیارد دلار است. دیدار بعدی قرار است ماه آینده در مسکو برگزار شود.',
    ],
    keyboard: { presses: 2, selected: 'وز', word: 'وزیر' },
    mouse: { selected: 'یلیارد دلا', words: 'میلیارد دلار' },
    inserted: 'این گزارش پس از انتشار به‌روز شده است. ',
  },
  {
    name: 'Japanese',
    language: 'ja',
    direction: 'ltr',
    headline: (tag) => `ロシアとイランが協力拡大で合意 (${tag})`,
    paragraphs: [
      'ロシアのラブロフ外相は月曜日、テヘランでイランの外相と会談した。両国は2024年に12件の経済協定に署名したという。',
      '会談では天然ガスのパイプラインと南北輸送回廊について話し合った。専門家は、この協力は経済よりも政治的な意味が大きいと指摘する。両国の貿易額は依然として50億ドルに満たない。次回の会談は来月モスクワで開かれる予定だ。',
    ],
    keyboard: { presses: 2, selected: 'ロシ', word: 'ロシア' },
    mouse: { selected: 'イプライ', words: 'パイプライン' },
    inserted: 'この記事は公開後に更新された。',
  },
];

/** Presses the label key on the current selection, checks the quote the form shows, and saves. */
async function tagAndSave(page: Page, key: '1' | '2', expectedQuote: string): Promise<void> {
  await page.keyboard.press(key);
  const form = annotationForm(page, 'New annotation');
  await expect(form.locator('blockquote')).toHaveText(expectedQuote);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(form).toBeHidden();
  await expect(workspaceNotice(page)).toHaveText(/^Saved as /);
}

async function importByPasting(page: Page, text: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import an article', level: 1 })).toBeVisible();
  await page.getByLabel('Article content').fill(text);
  await page.getByRole('button', { name: 'Import article' }).click();
  await expect(page).toHaveURL(ARTICLE_PATH);
  return (await currentArticle(page)).id;
}

/** The editor's revise form: the sentence is typed at the first paragraph's start, as a person would. */
async function insertSentence(page: Page, articleId: string, before: string, sentence: string): Promise<void> {
  await page.goto(`/articles/${articleId}`);
  await page.getByRole('link', { name: 'Revise text' }).click();
  const textarea = page.getByLabel('New version');
  await expect(textarea).toHaveValue(new RegExp(before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const at = (await textarea.inputValue()).indexOf(before);
  await textarea.evaluate((element, offset) => {
    const area = element as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(offset, offset);
  }, at);
  await page.keyboard.insertText(sentence);
  await page.getByRole('button', { name: 'Save new revision' }).click();
  const report = page.getByRole('main').getByRole('status');
  await expect(report.getByRole('heading', { name: 'Saved as revision 2' })).toBeVisible();
  await expect(report).toContainText('2 moved with their words');
}

/** Every quote of the article's JSON export (UTF-16 offsets) and W3C export (code points) against the text. */
async function expectExportsMatchText(api: APIRequestContext, articleId: string, text: string, words: string[]): Promise<void> {
  const json = await api.get(`/api/articles/${articleId}/export?format=json`);
  expect(json.status()).toBe(200);
  const exported = ((await json.json()) as { articles: { id: string; language: string; direction: string; annotations: { start: number; end: number; exact: string }[] }[] }).articles;
  expect(exported).toHaveLength(1);
  const jsonQuotes = exported[0]!.annotations.map((annotation) => {
    expect(text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
    return annotation.exact;
  });
  expect(jsonQuotes.sort()).toEqual([...words].sort());

  const jsonld = await api.get(`/api/articles/${articleId}/export?format=jsonld`);
  expect(jsonld.status()).toBe(200);
  type Selector = { type: string; start?: number; end?: number; exact?: string };
  const items = ((await jsonld.json()) as { first: { items: { target: { selector: Selector[] } }[] } }).first.items;
  const codePoints = Array.from(text);
  const w3cQuotes = items.map(({ target }) => {
    const position = target.selector.find((selector) => selector.type === 'TextPositionSelector')!;
    const quote = target.selector.find((selector) => selector.type === 'TextQuoteSelector')!;
    expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    return quote.exact!;
  });
  expect(w3cQuotes.sort()).toEqual([...words].sort());
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await articleEditor(page).screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const round of ROUNDS) {
  test(`a ${round.name} article: imported, annotated by mouse and keyboard, revised and exported, its quotes on their words`, async ({ page, apiAs }, testInfo) => {
    test.setTimeout(150_000);
    const editorApi = await apiAs('editor');
    const reviewerApi = await apiAs('reviewer1');
    const [first, second] = round.paragraphs as [string, string];

    await signInAs(page, 'editor');
    const articleId = await importByPasting(page, [round.headline(uniqueTag()), first, second].join('\n'));
    const imported = await fetchArticle(editorApi, articleId);
    expect(imported).toMatchObject({ language: round.language, direction: round.direction });
    await signOut(page);

    let startsBefore = new Map<string, number>();
    await test.step('a reviewer annotates one word with the keyboard and one passage with the mouse', async () => {
      await signInAs(page, 'reviewer1');
      await openArticle(page, articleId);
      await expect(page.locator(`div[lang="${round.language}"][dir="${round.direction}"]`).getByTestId('article-body')).toBeVisible();
      // The caret at the first paragraph's start (where a click there puts it), then shift+arrow
      // forward: in a right-to-left paragraph that is the left arrow.
      await articleEditor(page).evaluate((root) => {
        (root as HTMLElement).focus();
        const first = document.createTreeWalker(root.querySelector('p')!, NodeFilter.SHOW_TEXT).nextNode()!;
        window.getSelection()!.collapse(first, 0);
      });
      const forward = round.direction === 'rtl' ? 'Shift+ArrowLeft' : 'Shift+ArrowRight';
      for (let i = 0; i < round.keyboard.presses; i += 1) await page.keyboard.press(forward);
      await expect(selectionToolbar(page)).toBeVisible();
      expect(await domSelectionText(page)).toBe(round.keyboard.selected);
      await tagAndSave(page, '1', round.keyboard.word);

      await selectPassage(page, round.mouse.selected);
      await tagAndSave(page, '2', round.mouse.words);
      const saved = await fetchAnnotations(reviewerApi, articleId);
      expect(saved.map((annotation) => imported.text.slice(annotation.start, annotation.end)).sort()).toEqual([round.keyboard.word, round.mouse.words].sort());
      startsBefore = new Map(saved.map((annotation) => [annotation.id, annotation.start]));
    });

    await test.step('the editor inserts a sentence before both; the annotations move exactly with their words', async () => {
      await signOut(page);
      await signInAs(page, 'editor');
      await insertSentence(page, articleId, first, round.inserted);
      const revised = await fetchArticle(editorApi, articleId);
      expect(revised.text).toContain(round.inserted + first);
      const moved = await fetchAnnotations(editorApi, articleId);
      expect(moved).toHaveLength(2);
      for (const annotation of moved) {
        expect(annotation).toMatchObject({ anchorState: 'reanchored', revision: 2 });
        expect(revised.text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
        expect(annotation.start - startsBefore.get(annotation.id)!, `"${annotation.exact}" moves by the inserted sentence's length`).toBe(round.inserted.length);
      }
      await expectExportsMatchText(editorApi, articleId, revised.text, [round.keyboard.word, round.mouse.words]);
    });

    await test.step('the highlights sit on the annotated words of the new text (screenshot attached)', async () => {
      await signOut(page);
      await signInAs(page, 'reviewer1');
      await openArticle(page, articleId);
      await expect(page.getByRole('main')).toContainText('Revision 2');
      const annotations = await fetchAnnotations(reviewerApi, articleId);
      const expected = Object.fromEntries(annotations.map((annotation) => [annotation.id, annotation.exact]));
      await expect.poll(() => highlightTexts(page)).toEqual(expected);
      expect(Object.values(expected).sort()).toEqual([round.keyboard.word, round.mouse.words].sort());
      await attachScreenshot(page, testInfo, `${round.name.toLowerCase()}-highlights`);
    });
  });
}
