// Keeps each vocabulary of lib/vocabulary.ts declared once: the source tree is
// searched for a union type or an array literal that writes one out again.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as vocabulary from './vocabulary';
import { inWords, pickFields } from './vocabulary';

const ROOT = path.resolve(__dirname, '..');
const SCANNED = ['app', 'components', 'lib', 'e2e', 'tests', 'bench', 'scripts', 'prisma', 'proxy.ts'];
const SKIPPED = new Set(['node_modules', '.next', 'generated', 'lib/vocabulary.ts', 'lib/vocabulary.test.ts']);

/** Every enum-like list of the module: arrays of strings, by export name (the field lists too). */
const VOCABULARIES = Object.entries(vocabulary).flatMap(([name, value]): [string, readonly string[]][] => (Array.isArray(value) ? [[name, value]] : []));

export type Redeclaration = { file: string; line: number; vocabulary: string; text: string };

/**
 * Where `source` writes a vocabulary out again:
 * - a union type holding every member of one (`'claim' | 'opinion' | 'unsupported'`, in any order, with other members or not);
 * - an array literal of exactly its members in its order (`['claim', 'opinion', 'unsupported']`), for lists of three or more:
 *   shorter ones, and other orders, are as likely to be test data as a declaration.
 */
export function findRedeclarations(file: string, source: string): Redeclaration[] {
  // Both kinds quote every member: a file that does not is not parsed (most are not).
  const quoted = (member: string) => source.includes(`'${member}'`) || source.includes(`"${member}"`);
  if (!VOCABULARIES.some(([, list]) => list.every(quoted))) return [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Redeclaration[] = [];
  const report = (node: ts.Node, name: string) =>
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, vocabulary: name, text: node.getText().slice(0, 120) });
  const visit = (node: ts.Node) => {
    if (ts.isUnionTypeNode(node)) {
      const members = new Set(node.types.flatMap((type) => (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? [type.literal.text] : [])));
      const named = VOCABULARIES.find(([, list]) => list.length >= 2 && list.every((member) => members.has(member)));
      if (named) report(node, named[0]);
    }
    if (ts.isArrayLiteralExpression(node) && node.elements.every(ts.isStringLiteral)) {
      const members = node.elements.map((element) => (element as ts.StringLiteral).text);
      const named = VOCABULARIES.find(([, list]) => list.length >= 3 && list.length === members.length && list.every((member, index) => members[index] === member));
      if (named) report(node, named[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function sourceFiles(relative: string): string[] {
  if (SKIPPED.has(relative) || SKIPPED.has(path.basename(relative))) return [];
  const absolute = path.join(ROOT, relative);
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return /\.(ts|tsx|mts)$/.test(relative) ? [relative] : [];
  }
  return entries.flatMap((entry) => sourceFiles(path.join(relative, entry.name)));
}

describe('findRedeclarations', () => {
  it('finds a union of all the labels, in any order and beside other members', () => {
    const found = findRedeclarations('a.ts', "type A = 'claim' | 'opinion' | 'unsupported';\nlet b: 'unsupported' | 'claim' | 'opinion' | null;");
    expect(found.map(({ line, vocabulary }) => [line, vocabulary])).toEqual([
      [1, 'LABELS'],
      [2, 'LABELS'],
    ]);
  });

  it('finds unions of the other vocabularies, two members included', () => {
    const found = findRedeclarations('a.tsx', "type S = 'open' | 'in_review' | 'published'; type T = { scopes: ('read:exports' | 'write:annotations')[] };");
    expect(found.map((item) => item.vocabulary)).toEqual(['ARTICLE_STATUSES', 'TOKEN_SCOPES']);
  });

  it('finds an array that lists a vocabulary in its order, as const or in z.enum', () => {
    const found = findRedeclarations('a.ts', "const L = ['claim', 'opinion', 'unsupported'] as const; z.enum(['reviewer', 'editor', 'admin']);");
    expect(found.map((item) => item.vocabulary)).toEqual(['LABELS', 'ROLES']);
  });

  it('lets through part of a vocabulary, other orders and repeats (data), and two-member arrays', () => {
    const source = [
      "type Frozen = 'submitted' | 'published';",
      "const votes = ['claim', 'claim', 'opinion'];",
      "const tie = ['unsupported', 'claim', 'opinion'];",
      "const scopes = ['read:exports', 'write:annotations'];",
      "const text = \"'claim' | 'opinion' | 'unsupported'\";",
    ].join('\n');
    expect(findRedeclarations('a.ts', source)).toEqual([]);
  });
});

describe('the vocabularies', () => {
  it('are declared once in the source tree', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap((file) => findRedeclarations(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found.map(({ file, line, vocabulary: name, text }) => `${file}:${line} writes out ${name}: ${text}`)).toEqual([]);
  });

  it('have no repeated member', () => {
    for (const [, list] of VOCABULARIES) expect(new Set(list).size).toBe(list.length);
  });
});

describe('inWords', () => {
  it('lists members as a sentence does', () => {
    expect(inWords(vocabulary.LABELS)).toBe('claim, opinion or unsupported');
    expect(inWords(['submit', 'reopen'])).toBe('submit or reopen');
    expect(inWords(['only'])).toBe('only');
  });
});

describe('pickFields', () => {
  it('copies the listed fields, in the list order, and nothing else', () => {
    const picked = pickFields({ c: 3, a: 1, b: 2 }, ['a', 'c']);
    expect(Object.entries(picked)).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
  });
});
