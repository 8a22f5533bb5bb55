// First line of defence for imported HTML: a real sanitiser with an allow-list.
// What survives is parsed into the block model and re-rendered, so nothing the
// sanitiser let through is ever stored verbatim.
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'ol', 'li', 'blockquote',
  'strong', 'b', 'em', 'i', 'a', 'div', 'section', 'article', 'main', 'header', 'footer',
  'span', 'pre', 'code', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'dl', 'dt', 'dd', 'hr', 'sub', 'sup', 'small', 'mark', 'time', 'abbr', 'cite', 'q',
];

/** Elements dropped with their content, not just their tags: none of them holds article text. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'nav', 'aside', 'form', 'button'];
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set(DROPPED_WITH_CONTENT);

/** `html` should have passed limitNesting first: sanitize-html's parser costs time quadratic in nesting depth. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    parseStyleAttributes: false,
  });
}
