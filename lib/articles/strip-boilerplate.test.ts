// Byline and footer lines leave the body only when recognised; everything else stays.
import { describe, expect, it } from 'vitest';
import { findBoilerplate, stripBoilerplateHtml } from './strip-boilerplate';

const BODY = ['Moscow and Tehran signed the treaty on Friday.', 'It covers military and economic cooperation.'] as const;

describe('findBoilerplate', () => {
  it('drops a leading "By <byline>" line and a trailing copyright and newsletter run', () => {
    const blocks = ['By Nasser Karimi', ...BODY, 'Sign up for our weekly newsletter on foreign affairs.', '© 2025 Example News. All rights reserved.'];
    expect(findBoilerplate(blocks, 'Nasser Karimi')).toEqual({ leading: 1, trailing: 2 });
  });

  it('accepts "By <byline>, <outlet>" and the byline alone, case and spacing aside', () => {
    expect(findBoilerplate(['BY  nasser karimi, Associated Press', ...BODY], 'Nasser Karimi').leading).toBe(1);
    expect(findBoilerplate(['Nasser Karimi', ...BODY], 'Nasser Karimi').leading).toBe(1);
  });

  it('keeps a first line that only mentions the byline, and any "By" line when no byline is known', () => {
    expect(findBoilerplate(['Nasser Karimi reported from Tehran that talks had stalled for weeks.', ...BODY], 'Nasser Karimi').leading).toBe(0);
    expect(findBoilerplate(['By Nasser Karimi', ...BODY], null).leading).toBe(0);
  });

  it('stops the trailing run at the first line that is text, and ignores long lines that open like a footer', () => {
    const long = `Read more carefully and the treaty ${'says little about troops, '.repeat(10)}which the headline implies.`;
    expect(findBoilerplate([...BODY, long], null).trailing).toBe(0);
    expect(findBoilerplate([...BODY, 'Read more: How the alliance formed', BODY[0], 'Copyright 2025 Example'], null).trailing).toBe(1);
    expect(findBoilerplate([...BODY, 'Related: Iran’s drones in Ukraine', 'Read more'], null).trailing).toBe(2);
  });

  it('never drops every block', () => {
    expect(findBoilerplate(['By Jane Doe', '© 2025 Example'], 'Jane Doe')).toEqual({ leading: 0, trailing: 0 });
  });
});

describe('stripBoilerplateHtml', () => {
  it('removes the recognised leaf blocks and leaves the rest of the markup as it was', () => {
    const html = `<div><p class="byline">By <a href="/a/jane">Jane Doe</a></p><p>${BODY[0]}</p><figure><img src="x.jpg"></figure><p>${BODY[1]}</p><p><small>© 2025 The Daily Example</small></p></div>`;
    const stripped = stripBoilerplateHtml(html, 'Jane Doe');
    expect(stripped).toBe(`<div><p>${BODY[0]}</p><figure><img src="x.jpg"></figure><p>${BODY[1]}</p></div>`);
  });

  it('returns the HTML unchanged when nothing is recognised', () => {
    const html = `<p>${BODY[0]}</p><p>${BODY[1]}</p>`;
    expect(stripBoilerplateHtml(html, 'Jane Doe')).toBe(html);
  });
});
