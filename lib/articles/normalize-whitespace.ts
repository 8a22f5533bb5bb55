// Collapses HTML whitespace the way a browser (and ProseMirror's parser) does,
// so canonical text matches what a reader sees. Only ASCII whitespace collapses:
// a no-break space is content.
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

export function collapseWhitespace(text: string): string {
  return text.replace(HTML_WHITESPACE, ' ');
}

/** Removes characters that must never reach the canonical text: NUL, other C0 controls, lone surrogates. */
export function stripInvalidCharacters(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
