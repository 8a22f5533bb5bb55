// Caps how deeply imported HTML nests before anything else parses it. Every
// later stage does work per element that grows with its depth: htmlparser2's
// tree builder (used by sanitize-html and linkedom) shifts its whole stack of
// open elements on each tag, and Readability measures the text of every
// candidate's descendants, so 20,000 nested <div>s took seconds (quadratic)
// and a few hundred took Readability seconds (cubic). This pass is one run of
// htmlparser2's tokenizer, which keeps no stack, with a stack of our own that
// costs O(1) per tag (amortised), so it is linear in the input.
//
// What comes out is the same document re-written in a plain form that any
// HTML parser reads the same way (the sanitiser's htmlparser2 10 as well as
// the tokenizer's 12): every element explicitly closed, text and attribute
// values escaped, comments, doctypes and CDATA dropped (every later stage
// drops them too), script and style bodies copied as they are (raw text for
// every parser, and JSON-LD metadata must survive). Elements nested at most
// MAX_NESTING_DEPTH deep are kept as they are. Deeper ones are flattened into
// their ancestor at the limit, so the text stays whole and in order:
//   - a block element (paragraph, heading, list item, cell, div…) becomes a
//     line break where it opens and where it closes, so each of its lines is
//     still a line of the canonical text — as a paragraph of the enclosing
//     kind (list item, quote) rather than its own;
//   - an inline element (b, i, a, span…) is dropped and its text kept, so
//     bold, italics and links deeper than the limit are lost;
//   - an element whose content is never text (script, style, nav, svg… the
//     sanitiser's list) is dropped with its content, as the sanitiser would.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { BLOCK_TAGS } from './html-to-document';
import { NON_TEXT_TAGS } from './sanitize-article-html';

/**
 * The deepest nesting kept. A news page nests its article text 15–40
 * elements deep, wrappers included; 64 keeps all of that. Readability's cost
 * grows with the cube of a chain's depth (a single chain of 100 took over a
 * second), so the limit is set for it rather than for the tree builder
 * (Chromium's own parser stops nesting at 512).
 */
export const MAX_NESTING_DEPTH = 64;

// htmlparser2's own tables (Parser.ts), so the elements it closes implicitly are closed here too.
const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P_TAG],
  ['h1', HEADING_TAGS], ['h2', HEADING_TAGS], ['h3', HEADING_TAGS], ['h4', HEADING_TAGS], ['h5', HEADING_TAGS], ['h6', HEADING_TAGS],
  ['select', FORM_TAGS], ['input', FORM_TAGS], ['output', FORM_TAGS], ['button', FORM_TAGS], ['datalist', FORM_TAGS], ['textarea', FORM_TAGS],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (name): [string, Set<string>] => [name, P_TAG],
  ),
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
/** Inside these (outside SVG/MathML) the tokenizer reads raw text, which every parser reads the same way. */
const RAW_TEXT = new Set(['script', 'style']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const TAG_NAME = /^[a-z][a-z0-9._:-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9._:-]*$/;

/** kept: written as it is; break: flattened block, a <br> each side; hidden: tag dropped, text kept; mute: dropped with its content. */
type Mode = 'kept' | 'break' | 'hidden' | 'mute';
type Open = { name: string; mode: Mode; foreign: boolean };

export function limitNesting(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  const out: string[] = [];
  const stack: Open[] = [];
  /** How many elements of each name are open, so a closing tag finds its element without searching the stack. */
  const openCount = new Map<string, number>();
  let depth = 0; // kept elements open
  let muted = 0; // mute elements open: nothing inside them is written
  let tag: { name: string; attributes: Map<string, string> } | null = null;
  let attributeName = '';
  let attributeValue = '';

  const top = () => stack[stack.length - 1];
  const write = (piece: string) => {
    if (muted === 0) out.push(piece);
  };

  const push = (name: string, attributes: Map<string, string>) => {
    const parent = top();
    const foreign = name === 'svg' || name === 'math' ? true : HTML_INTEGRATION.has(name) ? false : (parent?.foreign ?? false);
    let mode: Mode;
    if (muted > 0 || !TAG_NAME.test(name)) mode = 'hidden';
    else if (depth < maxDepth) mode = 'kept';
    else if (NON_TEXT_TAGS.has(name)) mode = 'mute';
    else mode = BLOCK_TAGS.has(name) ? 'break' : 'hidden';
    if (mode === 'kept') {
      write(startTag(name, attributes));
      depth += 1;
    } else if (mode === 'break') write('<br>');
    else if (mode === 'mute') muted += 1;
    stack.push({ name, mode, foreign });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };

  const pop = () => {
    const element = stack.pop()!;
    openCount.set(element.name, openCount.get(element.name)! - 1);
    if (element.mode === 'kept') {
      write(`</${element.name}>`);
      depth -= 1;
    } else if (element.mode === 'break') write('<br>');
    else if (element.mode === 'mute') muted -= 1;
  };

  const open = (selfClosing: boolean) => {
    if (!tag) return;
    const { name, attributes } = tag;
    tag = null;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(top()!.name)) pop();
    if (VOID_ELEMENTS.has(name)) {
      if (TAG_NAME.test(name)) write(startTag(name, attributes));
      return;
    }
    push(name, attributes);
    // Self-closing syntax only counts inside SVG and MathML; in HTML, <div/> opens a div.
    if (selfClosing && top()!.foreign) pop();
  };

  const close = (name: string) => {
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') write('<br>'); // </br> is read as <br>, as browsers do
      return;
    }
    if ((openCount.get(name) ?? 0) > 0) {
      while (top()!.name !== name) pop();
      pop();
    } else if (name === 'p') {
      // A stray </p> is an empty paragraph, as browsers read it.
      push('p', new Map());
      pop();
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = { name: html.slice(start, end).toLowerCase(), attributes: new Map() };
    },
    onattribname(start, end) {
      attributeName = html.slice(start, end).toLowerCase();
      attributeValue = '';
    },
    onattribdata(start, end) {
      attributeValue += html.slice(start, end);
    },
    onattribentity(codePoint) {
      attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend() {
      // The first of repeated attributes wins, as in every parser.
      if (tag && ATTRIBUTE_NAME.test(attributeName) && !tag.attributes.has(attributeName)) tag.attributes.set(attributeName, attributeValue);
    },
    onopentagend() {
      open(false);
    },
    onselfclosingtag() {
      open(true);
    },
    onclosetag(start, end) {
      close(html.slice(start, end).toLowerCase());
    },
    ontext(start, end) {
      const element = top();
      const text = html.slice(start, end);
      write(element?.mode === 'kept' && RAW_TEXT.has(element.name) && !element.foreign ? text : escapeText(text));
    },
    ontextentity(codePoint) {
      write(escapeText(String.fromCodePoint(codePoint)));
    },
    isInForeignContext() {
      return top()?.foreign ?? false;
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  return out.join('');
}

function startTag(name: string, attributes: Map<string, string>): string {
  let tag = `<${name}`;
  for (const [attribute, value] of attributes) tag += ` ${attribute}="${escapeAttribute(value)}"`;
  return `${tag}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
