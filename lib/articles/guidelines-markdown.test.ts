import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderGuidelinesMarkdown } from './guidelines-markdown';

/** Every element of the rendered HTML with its attributes, to assert nothing active survives. */
function elements(html: string): { name: string; attribs: Record<string, string> }[] {
  return DomUtils.findAll(() => true, parseDocument(html).children).map((element) => ({ name: element.name, attribs: element.attribs }));
}

function expectInert(html: string): void {
  for (const element of elements(html)) {
    expect(['script', 'img', 'iframe', 'style', 'object', 'svg', 'form', 'input']).not.toContain(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name.startsWith('on'), `${element.name} has ${name}`).toBe(false);
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
    }
  }
}

describe('renderGuidelinesMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderGuidelinesMarkdown('# Labels\n\n## Claims\n\n- a *checkable* statement\n- **not** an opinion\n\n1. first\n2. second\n');
    expect(html).toContain('<h1>Labels</h1>');
    expect(html).toContain('<h2>Claims</h2>');
    expect(html).toContain('<ul>\n<li>a <em>checkable</em> statement</li>\n<li><strong>not</strong> an opinion</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>\n<li>second</li>\n</ol>');
  });

  it('keeps an ordered list that starts elsewhere, code and quotes', () => {
    const html = renderGuidelinesMarkdown('3. third\n4. fourth\n\n> quoted `code`\n');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<blockquote>\n<p>quoted <code>code</code></p>\n</blockquote>');
  });

  it('gives links rel="noopener noreferrer nofollow", written or bare', () => {
    const html = renderGuidelinesMarkdown('See [the style guide](https://example.org/guide) or https://example.org/faq, or write to <desk@example.org>.');
    expect(html).toContain('<a href="https://example.org/guide" rel="noopener noreferrer nofollow">the style guide</a>');
    expect(html).toContain('<a href="https://example.org/faq" rel="noopener noreferrer nofollow">https://example.org/faq</a>');
    expect(html).toContain('<a href="mailto:desk@example.org" rel="noopener noreferrer nofollow">desk@example.org</a>');
  });

  it('replaces a rel or target the source tries to set', () => {
    const html = renderGuidelinesMarkdown('[x](https://example.org "title")');
    expect(elements(html).find((element) => element.name === 'a')?.attribs).toEqual({ href: 'https://example.org', rel: 'noopener noreferrer nofollow' });
  });

  it('shows raw HTML as text, never as elements', () => {
    const html = renderGuidelinesMarkdown('Before <script>alert(1)</script> after\n\n<div onclick="alert(1)">block</div>\n\n<img src=x onerror=alert(1)>');
    expectInert(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(elements(html).map((element) => element.name)).toEqual(['p', 'p', 'p']);
  });

  it('neutralises javascript:, data: and vbscript: links, whatever their spelling', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java%0ascript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', '//evil.example/x']) {
      const html = renderGuidelinesMarkdown(`[click](${target})`);
      expectInert(html);
      expect(html, target).not.toMatch(/href="(?!https?:|mailto:)/i);
    }
  });

  it('drops images, including ones whose markup carries onerror', () => {
    const html = renderGuidelinesMarkdown('![alt](https://example.org/x.png)\n\n![x](x" onerror="alert(1))\n\ntext');
    expectInert(html);
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>text</p>');
  });

  it('keeps a table with its alignment and nothing active', () => {
    const html = renderGuidelinesMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(html).toContain('<th style="text-align:center">a</th>');
    expect(html).toContain('<td style="text-align:right">2</td>');
    expectInert(html);
  });

  it('drops relative link targets but keeps the text', () => {
    const html = renderGuidelinesMarkdown('[admin](/admin/users) and [top](#top)');
    expect(html).toBe('<p><a rel="noopener noreferrer nofollow">admin</a> and <a rel="noopener noreferrer nofollow">top</a></p>');
  });

  it('renders blank guidelines as nothing', () => {
    expect(renderGuidelinesMarkdown('')).toBe('');
    expect(renderGuidelinesMarkdown('  \n ')).toBe('');
  });
});
