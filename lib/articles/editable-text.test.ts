import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleToEditableText } from './editable-text';
import { prepareArticle } from './prepare-article';

const seedDir = path.join(import.meta.dirname, '../../prisma/seed-data/articles');

describe('articleToEditableText', () => {
  it.each(['russian-troops-in-iran.txt', 'complexities-in-the-russia-iran-alliance.txt'])('round-trips the sample %s without losing structure', (file) => {
    const article = prepareArticle({ text: readFileSync(path.join(seedDir, file), 'utf8') });
    const again = prepareArticle({ text: articleToEditableText(article.html) });
    expect(again.html).toBe(article.html);
    expect(again.text).toBe(article.text);
  });

  it('marks list items so they stay a list', () => {
    const article = prepareArticle({ title: 'T', html: '<p>Intro.</p><ul><li>One</li><li>Two</li></ul>' });
    expect(articleToEditableText(article.html)).toBe('T\nIntro.\n- One\n- Two');
  });
});
