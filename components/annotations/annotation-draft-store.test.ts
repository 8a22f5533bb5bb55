// Drafts are kept per user and article, read back only when intact and recent,
// and all of them go on sign-out; a broken storage never throws.
import { describe, expect, it } from 'vitest';
import { type StoredDraft, clearAllDrafts, clearDraft, draftKey, parseDraft, readDraft, writeDraft } from './annotation-draft-store';

/** A Storage backed by a Map, as localStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const NOW = Date.parse('2025-11-20T10:00:00Z');
const draft: StoredDraft = {
  savedAt: '2025-11-20T09:58:00.000Z',
  revision: 2,
  span: { start: 4, end: 18, exact: 'Tehran agreed.' },
  content: { label: 'unsupported', rationale: 'No source\nis given.', evidence: [{ url: 'https://example.org/a', title: 'A', type: 'expert' }, { url: '' }], confidence: null },
};

describe('the annotation draft store', () => {
  it('reads back what it wrote, for that user and article only', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'user-1', 'article-1', draft);
    expect(readDraft(storage, 'user-1', 'article-1', NOW)).toEqual(draft);
    expect(readDraft(storage, 'user-2', 'article-1', NOW)).toBeNull();
    expect(readDraft(storage, 'user-1', 'article-2', NOW)).toBeNull();
    expect(storage.getItem(draftKey('user-1', 'article-1'))).not.toBeNull();
  });

  it('clears one draft, or on sign-out every draft and nothing else', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'user-1', 'article-1', draft);
    writeDraft(storage, 'user-1', 'article-2', draft);
    writeDraft(storage, 'user-2', 'article-1', draft);
    storage.setItem('unrelated', 'kept');
    clearDraft(storage, 'user-1', 'article-1');
    expect(readDraft(storage, 'user-1', 'article-1', NOW)).toBeNull();
    expect(readDraft(storage, 'user-1', 'article-2', NOW)).toEqual(draft);
    clearAllDrafts(storage);
    expect(readDraft(storage, 'user-1', 'article-2', NOW)).toBeNull();
    expect(readDraft(storage, 'user-2', 'article-1', NOW)).toBeNull();
    expect(storage.length).toBe(1);
    expect(storage.getItem('unrelated')).toBe('kept');
  });

  it('drops a draft older than two weeks', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'user-1', 'article-1', { ...draft, savedAt: '2025-11-01T09:00:00.000Z' });
    expect(readDraft(storage, 'user-1', 'article-1', NOW)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('treats anything malformed as no draft', () => {
    const valid = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
    const broken: unknown[] = [
      'not json',
      null,
      [],
      { ...valid, savedAt: 'yesterday' },
      { ...valid, revision: 0 },
      { ...valid, span: { start: 5, end: 5, exact: 'x' } },
      { ...valid, span: { start: -1, end: 5, exact: 'x' } },
      { ...valid, span: { start: 1, end: 5, exact: '' } },
      { ...valid, content: { ...draft.content, label: 'fact' } },
      { ...valid, content: { ...draft.content, confidence: 'certain' } },
      { ...valid, content: { ...draft.content, evidence: [{ url: 7 }] } },
      { ...valid, content: { ...draft.content, evidence: [{ url: '', type: 'rumour' }] } },
      { ...valid, content: { ...draft.content, rationale: undefined } },
    ];
    for (const value of broken) expect(parseDraft(typeof value === 'string' ? value : JSON.stringify(value))).toBeNull();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft(JSON.stringify(valid))).toEqual(draft);
  });

  it('keeps only the known fields of evidence', () => {
    const value = { ...draft, content: { ...draft.content, evidence: [{ url: 'https://example.org', extra: '<script>' }] } };
    expect(parseDraft(JSON.stringify(value))?.content.evidence).toEqual([{ url: 'https://example.org' }]);
  });

  it('never throws when storage is missing, full or blocked', () => {
    const failing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as Storage;
    expect(() => writeDraft(failing, 'u', 'a', draft)).not.toThrow();
    expect(readDraft(failing, 'u', 'a', NOW)).toBeNull();
    expect(() => clearDraft(failing, 'u', 'a')).not.toThrow();
    expect(() => clearAllDrafts(failing)).not.toThrow();
    expect(readDraft(null, 'u', 'a', NOW)).toBeNull();
    expect(() => writeDraft(null, 'u', 'a', draft)).not.toThrow();
  });
});
