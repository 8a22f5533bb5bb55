import { describe, expect, it } from 'vitest';
import { addressVariants, workbenchArticleId } from './article-addresses';
import { workbenchArticleUrl } from './export-records';

const ID = '5c3f2a10-6d7e-4b8f-9a0b-1c2d3e4f5a6b';

describe('workbenchArticleId', () => {
  it('reads back the id workbenchArticleUrl minted, also below a path prefix', () => {
    expect(workbenchArticleId(workbenchArticleUrl('https://desk.example/', ID), 'https://desk.example/')).toBe(ID);
    expect(workbenchArticleId(`https://desk.example/corroborate/articles/${ID.toUpperCase()}`, 'https://desk.example/corroborate')).toBe(ID);
  });

  it('is null for other addresses, other hosts, non-UUID ids and broken escapes', () => {
    expect(workbenchArticleId('https://news.example/story', 'https://desk.example/')).toBeNull();
    expect(workbenchArticleId(`https://other.example/articles/${ID}`, 'https://desk.example/')).toBeNull();
    expect(workbenchArticleId('https://desk.example/articles/42', 'https://desk.example/')).toBeNull();
    expect(workbenchArticleId('https://desk.example/articles/%E0%A4%A', 'https://desk.example/')).toBeNull();
  });
});

describe('addressVariants', () => {
  it('gives the address as sent and as the URL parser normalises it', () => {
    expect(addressVariants('HTTPS://News.Example/a b')).toEqual(['HTTPS://News.Example/a b', 'https://news.example/a%20b']);
    expect(addressVariants('https://news.example/story')).toEqual(['https://news.example/story']);
    expect(addressVariants('not a url')).toEqual(['not a url']);
  });
});
