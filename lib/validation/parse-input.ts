// Turns a zod failure into the one AppError shape, with field messages a person
// can act on ("title: Too long (max 500 characters)"). Before any schema runs,
// text PostgreSQL cannot store is refused here too: U+0000 (text and jsonb
// reject it) and half of a surrogate pair (not Unicode; it would silently turn
// into U+FFFD on the way to UTF-8). Every JSON body (readJson) and every
// parsed query or form goes through this check, so the refusal is one 400 with
// the field's name instead of a database error.
import type { z } from 'zod';
import { AppError } from '../errors';

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  assertStorableText(data);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = fields.map((field) => (field.path ? `${field.path}: ${field.message}` : field.message)).join('; ');
  throw new AppError('bad_request', summary || 'The request is not valid.', { fields });
}

export type UnstorableText = {
  /** Where it is: object keys and array indexes from the top, e.g. ["evidence", "0", "title"]. */
  path: string[];
  /** True when the character is in a property name rather than a value. */
  inKey: boolean;
  /** The offending UTF-16 code unit. */
  codeUnit: number;
};

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `text` without NUL and unpaired surrogates: for inputs that are only ever searched for, never stored (search boxes). */
export function removeUnstorableText(text: string): string {
  return text.replace(new RegExp(UNSTORABLE.source, 'g'), '');
}

function unstorableUnit(text: string): number | null {
  const match = UNSTORABLE.exec(text);
  return match ? match[0].charCodeAt(0) : null;
}

/** A step of the walk: the path is kept as parent links, so each step costs O(1) however deep it is. */
type Step = { value: unknown; parent: Step | null; segment: string };

function pathOf(step: Step | null, basePath: string[]): string[] {
  const segments: string[] = [];
  for (let current = step; current?.parent; current = current.parent) segments.push(current.segment);
  return [...basePath, ...segments.reverse()];
}

/**
 * The first string (value or property name) anywhere in `value` holding text that
 * cannot be stored, or null. Walks with an explicit stack and parent links, so a
 * body nested 100,000 levels deep costs neither the call stack nor quadratic time.
 */
export function findUnstorableText(value: unknown, basePath: string[] = []): UnstorableText | null {
  const stack: Step[] = [{ value, parent: null, segment: '' }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const current = step.value;
    if (typeof current === 'string') {
      const codeUnit = unstorableUnit(current);
      if (codeUnit !== null) return { path: pathOf(step, basePath), inKey: false, codeUnit };
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], parent: step, segment: String(index) });
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (const [key] of entries) {
        const codeUnit = unstorableUnit(key);
        if (codeUnit !== null) return { path: pathOf(step, basePath), inKey: true, codeUnit };
      }
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!;
        stack.push({ value: child, parent: step, segment: key });
      }
    }
  }
  return null;
}

/** Throws the 400 for the first unstorable character in `value` (see findUnstorableText). */
export function assertStorableText(value: unknown, basePath: string[] = []): void {
  const found = findUnstorableText(value, basePath);
  if (found) throw new AppError('bad_request', unstorableMessage(found), { fields: [{ path: found.path.join('.'), message: 'Contains a character that cannot be stored' }] });
}

function unstorableMessage({ path, inKey, codeUnit }: UnstorableText): string {
  // Property names are the client's, so they are shortened; the character itself is never echoed.
  const where = path.map((segment) => ([...segment].length > 40 ? `${[...segment].slice(0, 40).join('')}…` : segment)).join('.');
  const subject = inKey ? `${where ? `${where}: a` : 'A'} field name` : where ? `${where}:` : 'The request';
  const code = `U+${codeUnit.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    codeUnit === 0
      ? `a NUL character (${code}), which cannot be stored`
      : `an unpaired surrogate (${code}), half of a character that is not valid Unicode text`;
  return `${subject} contains ${what}. Remove it and send again.`;
}
