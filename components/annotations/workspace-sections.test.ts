// The side panel's pieces, rendered as the server renders them: the review's
// standing and who is offered "Submit review", the orphans with Re-attach only
// on one's own while they may change, and the notice with Undo / Reload.
import { NextIntlClientProvider } from 'next-intl';
import { type ComponentProps, createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FORMATS } from '@/i18n/formats';
import type { AnnotationView } from '@/lib/views/annotation-views';
import type { Locale } from '@/lib/vocabulary';
import en from '@/messages/en';
import fa from '@/messages/fa';
import { OrphanList } from './orphan-list';
import { ReviewStatus, offersSubmitReview } from './review-status';
import { WorkspaceNotice } from './workspace-notice';

vi.mock('next/navigation', () => ({ useParams: () => ({ id: 'article-1' }) }));

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;
/** Rendered as the workbench renders it (UTC dates, the named formats), in English unless told. */
function render(element: ReactElement, locale: Locale = 'en'): string {
  const config: Omit<ProviderProps, 'children'> = { locale, messages: locale === 'en' ? en : fa, timeZone: 'UTC', formats: FORMATS };
  // The children go in createElement's third argument; its type wants them among the props too.
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as ProviderProps, element));
}
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;|&apos;/g, "'").replace(/&quot;/g, '"');
const noop = async () => undefined;

describe('ReviewStatus', () => {
  const status = (props: Partial<Parameters<typeof ReviewStatus>[0]>) =>
    render(createElement(ReviewStatus, { role: 'reviewer', mineCount: 2, submittedAt: null, submittedGuidelinesVersion: null, frozen: null, seesEveryone: false, canSubmit: true, onSubmit: noop, ...props }));

  it('says blind review to a reviewer who has not submitted, and offers Submit review', () => {
    const html = status({});
    expect(text(html)).toContain('Blind review: you see only your own annotations until you submit.');
    expect(html).toContain('Submit review');
  });

  it('says the review is final once submitted, with the time in UTC, and offers no Submit', () => {
    const html = status({ submittedAt: '2025-11-20T09:58:00.000Z', frozen: 'submitted' });
    expect(text(html)).toContain('Submitted Nov 20, 2025, 9:58 AM UTC. You see every reviewer\'s annotations. Your review is final');
    expect(html).not.toContain('Submit review');
  });

  it('names the guidelines version the review was submitted under, or that there were none', () => {
    expect(text(status({ submittedAt: '2025-11-20T09:58:00.000Z', submittedGuidelinesVersion: 2, frozen: 'submitted' }))).toContain('Submitted Nov 20, 2025, 9:58 AM UTC, under guidelines version 2. You see');
    expect(text(status({ submittedAt: '2025-11-20T09:58:00.000Z', submittedGuidelinesVersion: 0, frozen: 'submitted' }))).toContain('UTC, before the project had guidelines. You see');
  });

  it('says the verdicts are published, and offers no Submit, even to someone who has not submitted', () => {
    const html = status({ frozen: 'published' });
    expect(text(html)).toContain('The desk has published its verdicts on this article.');
    expect(html).not.toContain('Submit review');
  });

  it('names the role of an editor or admin who sees everyone, and offers Submit only once they annotated', () => {
    expect(text(status({ role: 'admin', seesEveryone: true, mineCount: 0 }))).toContain("As an admin you see every reviewer's annotations. Annotations you make here count as a review of your own");
    expect(status({ role: 'admin', seesEveryone: true, mineCount: 0 })).not.toContain('Submit review');
    const editor = status({ role: 'editor', seesEveryone: true, mineCount: 1 });
    expect(text(editor)).toContain("As an editor you see every reviewer's annotations.");
    expect(text(editor)).not.toContain('count as a review of your own');
    expect(editor).toContain('Submit review');
    expect(status({ canSubmit: false })).not.toContain('Submit review');
  });

  it('speaks the interface language: Persian words, Persian digits in the date and version', () => {
    const html = text(render(createElement(ReviewStatus, { role: 'reviewer', mineCount: 2, submittedAt: '2025-11-20T09:58:00.000Z', submittedGuidelinesVersion: 2, frozen: 'submitted', seesEveryone: false, canSubmit: true, onSubmit: noop }), 'fa'));
    expect(html).toContain('بازبینی شما');
    expect(html).toContain('۲۹ آبان ۱۴۰۴'); // 20 Nov 2025, in the Persian calendar Intl uses for fa
    expect(html).toContain('نسخهٔ ۲ رهنمودها');
    expect(html).not.toMatch(/[A-Za-z]{4}/);
  });

  it('offers Submit review to a reviewer always, to others with annotations of their own', () => {
    expect(offersSubmitReview('reviewer', 0)).toBe(true);
    expect(offersSubmitReview('editor', 0)).toBe(false);
    expect(offersSubmitReview('admin', 0)).toBe(false);
    expect(offersSubmitReview('editor', 1)).toBe(true);
  });
});

describe('OrphanList', () => {
  const orphan = (id: string, mine: boolean) => ({ id, mine, label: 'claim', exact: `passage ${id}`, author: { id: `u-${id}`, name: `Author ${id}` }, anchorState: 'orphaned' }) as AnnotationView;
  const list = (orphaned: AnnotationView[], editable: boolean) => render(createElement(OrphanList, { orphaned, editable, onReattach: () => undefined }));

  it('shows nothing when every annotation is anchored', () => {
    expect(list([], true)).toBe('');
  });

  it('lists each orphan, with Re-attach on the reader’s own only, and only while they may change', () => {
    const html = list([orphan('1', true), orphan('2', false)], true);
    expect(text(html)).toContain('Needs re-attaching (2)');
    expect(text(html)).toContain('Claim: passage 1Re-attach');
    expect(text(html)).toContain('Claim by Author 2: passage 2');
    expect(html.match(/>Re-attach</g)).toHaveLength(1);
    expect(list([orphan('1', true)], false)).not.toContain('>Re-attach<');
  });
});

describe('WorkspaceNotice', () => {
  const notice = (value: Parameters<typeof WorkspaceNotice>[0]['notice']) => render(createElement(WorkspaceNotice, { notice: value, onUndo: () => undefined, onReload: () => undefined }));

  it('keeps an empty live region when there is nothing to say', () => {
    expect(notice(null)).toBe('<div aria-live="polite"></div>');
  });

  it('is a status for news, with Undo after a delete', () => {
    const html = notice({ kind: 'info', say: 'deleted', undo: { id: 'a' } as AnnotationView });
    expect(html).toContain('role="status"');
    expect(text(html)).toBe('Annotation deleted.Undo');
  });

  it('is an alert for errors, with Reload after a conflict', () => {
    const html = notice({ kind: 'error', message: 'Changed elsewhere.', reload: true });
    expect(html).toContain('role="alert"');
    expect(text(html)).toBe('Changed elsewhere.Reload annotations');
    expect(text(notice({ kind: 'error', message: 'Nope.', reload: false }))).toBe('Nope.');
  });
});
