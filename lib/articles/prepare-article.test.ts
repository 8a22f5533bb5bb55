import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article';

describe('prepareArticle from HTML', () => {
  it('puts the headline first and joins blocks with newlines', () => {
    const article = prepareArticle({ title: 'Headline', html: '<h2>Section</h2><p>One <b>bold</b>  word.</p><p>Two</p>' });
    expect(article.text).toBe('Headline\nSection\nOne bold word.\nTwo');
    expect(article.html).toBe('<h1>Headline</h1><h2>Section</h2><p>One <strong>bold</strong> word.</p><p>Two</p>');
    expect(article.textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const article = prepareArticle({
      title: 'T',
      html: '<p onclick="alert(1)">Hi<script>alert(2)</script> <a href="javascript:alert(3)">x</a> <img src=x onerror=alert(4)></p><style>p{}</style>',
    });
    expect(article.html).not.toMatch(/script|onclick|onerror|javascript|alert|<img|<style/i);
    expect(article.text).toBe('T\nHi x');
  });

  it('keeps safe links, escapes text and closes lists', () => {
    const article = prepareArticle({
      title: 'T',
      html: '<ul><li>a &lt;b&gt;</li><li><a href="https://example.org/?q=1&amp;r=2">link</a></li></ul><ol><li>one</li></ol><blockquote>quoted</blockquote>',
    });
    expect(article.html).toBe(
      '<h1>T</h1><ul><li><p>a &lt;b&gt;</p></li><li><p><a href="https://example.org/?q=1&amp;r=2" rel="noopener noreferrer nofollow">link</a></p></li></ul><ol><li><p>one</p></li></ol><blockquote><p>quoted</p></blockquote>',
    );
    expect(article.text).toBe('T\na <b>\nlink\none\nquoted');
  });

  it('splits blocks at <br> and nested block boundaries, dropping empty ones', () => {
    const article = prepareArticle({ title: 'T', html: '<div>first<br>second<div> inner </div><p>   </p></div>' });
    expect(article.text).toBe('T\nfirst\nsecond\ninner');
  });

  it('drops a leading heading that repeats the title and demotes body h1', () => {
    const article = prepareArticle({ title: 'Same Title', html: '<h1>same title</h1><h1>Other</h1><p>x</p>' });
    expect(article.html).toBe('<h1>Same Title</h1><h2>Other</h2><p>x</p>');
  });

  it('keeps emoji, non-Latin scripts and no-break spaces, and replaces lone surrogates', () => {
    const article = prepareArticle({ title: 'T', html: '<p>Привет 👋 مرحبا\u00a0x</p><p>bad\ud800z\u0000</p>' });
    expect(article.text).toBe('T\nПривет 👋 مرحبا\u00a0x\nbad\ufffdz');
  });
});

describe('prepareArticle titles', () => {
  it('cuts an overlong title without splitting an emoji', () => {
    const article = prepareArticle({ title: `${'a'.repeat(499)}👋 tail`, text: 'T\nbody' });
    expect(article.title).toBe('a'.repeat(499));
  });

  it('keeps a no-break space in a title, as in body text', () => {
    expect(prepareArticle({ title: 'A\u00a0B', text: 'x\nbody' }).text.startsWith('A\u00a0B\n')).toBe(true);
  });
});

describe('prepareArticle from plain text', () => {
  it('takes the first line as headline when no title is given', () => {
    const article = prepareArticle({ text: 'The Headline\n\nFirst paragraph is long enough to be body text, with a full stop.\n' });
    expect(article.title).toBe('The Headline');
    expect(article.text).toBe('The Headline\nFirst paragraph is long enough to be body text, with a full stop.');
    expect(article.bodyBlocks).toBe(1);
  });

  it('recognises bullet lists and section headings, and leaves trailing captions as paragraphs', () => {
    const article = prepareArticle({
      text: 'Head\nIntro sentence.\nContents\n- One\n- Two\nSection Title\nBody of the section.\nCaption one - Paper\nCaption two - CNN',
    });
    expect(article.html).toBe(
      '<h1>Head</h1><p>Intro sentence.</p><h2>Contents</h2><ul><li><p>One</p></li><li><p>Two</p></li></ul><h2>Section Title</h2><p>Body of the section.</p><p>Caption one - Paper</p><p>Caption two - CNN</p>',
    );
  });

  it('treats markup in plain text as text', () => {
    const article = prepareArticle({ title: 'T', text: '<script>alert(1)</script>' });
    expect(article.html).toBe('<h1>T</h1><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
