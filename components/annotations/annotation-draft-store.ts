// The open "New annotation" form, kept in the browser so that a half-written
// annotation survives a reload, Back and Forward, a crash or a closed tab.
// localStorage rather than sessionStorage: sessionStorage dies with the tab,
// and a closed tab is one of the ways work gets lost. One draft per user and
// article (only one form is open at a time), under a key holding the user's id,
// so on a shared browser nobody is offered another person's draft; signing out
// clears every draft (clearAllDrafts). The draft records the span and the
// article revision it was made on, so a draft from an older revision is never
// placed on the new text unannounced. Anything unreadable or older than
// MAX_AGE_DAYS is treated as no draft.
import type { AnnotationContent } from './annotation-client';
import { CONFIDENCES, EVIDENCE_TYPES, LABELS } from '@/lib/vocabulary';

export type StoredDraft = {
  /** ISO time of the last change. */
  savedAt: string;
  revision: number;
  span: { start: number; end: number; exact: string };
  content: AnnotationContent;
};

const PREFIX = 'corroborate:annotation-draft:v1:';
/** A draft untouched for this long is stale work nobody is coming back to. */
const MAX_AGE_DAYS = 14;
const KNOWN_LABELS = new Set<string>(LABELS);
const KNOWN_CONFIDENCES = new Set<string>(CONFIDENCES);
const KNOWN_EVIDENCE_TYPES = new Set<string>(EVIDENCE_TYPES);

export function draftKey(userId: string, articleId: string): string {
  return `${PREFIX}${userId}:${articleId}`;
}

/** The browser's localStorage, or null where it is unavailable (blocked by the user, or on the server). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function parseContent(value: unknown): AnnotationContent | null {
  if (!isObject(value) || !KNOWN_LABELS.has(value.label as string) || typeof value.rationale !== 'string' || !Array.isArray(value.evidence)) return null;
  if (value.confidence !== null && !KNOWN_CONFIDENCES.has(value.confidence as string)) return null;
  const evidence: AnnotationContent['evidence'] = [];
  for (const item of value.evidence) {
    if (!isObject(item) || typeof item.url !== 'string') return null;
    if (item.title !== undefined && typeof item.title !== 'string') return null;
    if (item.type !== undefined && !KNOWN_EVIDENCE_TYPES.has(item.type as string)) return null;
    evidence.push({ url: item.url, ...(item.title !== undefined && { title: item.title as string }), ...(item.type !== undefined && { type: item.type as NonNullable<AnnotationContent['evidence'][number]['type']> }) });
  }
  return { label: value.label as AnnotationContent['label'], rationale: value.rationale, evidence, confidence: value.confidence as AnnotationContent['confidence'] };
}

/** A stored draft as written by writeDraft, or null for anything else. */
export function parseDraft(raw: string | null): StoredDraft | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return null;
  if (!Number.isSafeInteger(value.revision) || (value.revision as number) < 1) return null;
  const span = value.span;
  if (!isObject(span) || !isOffset(span.start) || !isOffset(span.end) || span.start >= span.end || typeof span.exact !== 'string' || span.exact === '') return null;
  const content = parseContent(value.content);
  if (!content) return null;
  return { savedAt: value.savedAt, revision: value.revision as number, span: { start: span.start, end: span.end, exact: span.exact }, content };
}

/** The user's draft for the article; an unreadable or expired one is removed and reported as none. */
export function readDraft(storage: Storage | null, userId: string, articleId: string, now = Date.now()): StoredDraft | null {
  if (!storage) return null;
  try {
    const key = draftKey(userId, articleId);
    const draft = parseDraft(storage.getItem(key));
    if (draft && now - Date.parse(draft.savedAt) <= MAX_AGE_DAYS * 86_400_000) return draft;
    storage.removeItem(key);
    return null;
  } catch {
    return null;
  }
}

/** Best effort: a full or blocked storage must never stop the form. */
export function writeDraft(storage: Storage | null, userId: string, articleId: string, draft: StoredDraft): void {
  try {
    storage?.setItem(draftKey(userId, articleId), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the form still works, only without a safety net.
  }
}

export function clearDraft(storage: Storage | null, userId: string, articleId: string): void {
  try {
    storage?.removeItem(draftKey(userId, articleId));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}

/** Every user's drafts in this browser: on sign-out, so the next person at a shared computer finds none. */
export function clearAllDrafts(storage: Storage | null): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // As above.
  }
}
