// A project's guidelines are Markdown written by its editors; this turns them
// into HTML that is safe to put in a page. Two layers: markdown-it with raw
// HTML off (tags in the source come out as text) and its link validator
// (javascript:, vbscript:, file: and data: other than images refused), then the
// same kind of sanitize-html allow-list the article import uses, so whatever a
// future markdown-it option or plugin might let through is still cut to plain
// structure. Links keep only http(s) and mailto targets and always carry
// rel="noopener noreferrer nofollow"; images are not allowed at all (a
// guideline that needs one links to it).
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote',
  'strong', 'em', 's', 'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

/** The schemes a guideline's link may have; anything else loses its href (the text stays). */
const LINK_SCHEMES = ['http', 'https', 'mailto'];

const ABSOLUTE_LINK = /^(https?:\/\/|mailto:)/i;

const LINK_REL = 'noopener noreferrer nofollow';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'], th: ['style'], td: ['style'] },
  // markdown-it writes table alignment as style="text-align:…"; nothing else is kept.
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
  transformTags: {
    // Relative targets are dropped too: a guideline links out, never into the workbench.
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href && ABSOLUTE_LINK.test(attribs.href) ? { href: attribs.href } : {}), rel: LINK_REL } }),
  },
};

/** Guidelines Markdown → sanitised HTML ('' for blank guidelines). */
export function renderGuidelinesMarkdown(source: string): string {
  if (source.trim() === '') return '';
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}
