import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../vocabulary';
import { commentExcerpt, notificationData, notificationPath, notificationSubject, notificationText } from './notification-text';

const article = 'Troops on the border';

describe('notificationText', () => {
  it('words every kind, naming the article', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const text = notificationText({ kind, articleTitle: article, actorName: 'Eda Editor', data: {} });
      expect(text, kind).toContain(`“${article}”`);
      expect(notificationSubject({ kind, articleTitle: article }), kind).toContain(article);
    }
  });

  it('says who acted, the due date, the reason and the excerpt where the kind has them', () => {
    expect(notificationText({ kind: 'assigned', articleTitle: article, actorName: 'Eda Editor', data: { dueAt: '2099-01-31T23:59:59.999Z' } })).toBe(
      'Eda Editor asked you to review “Troops on the border”, due 2099-01-31 23:59 UTC.',
    );
    expect(notificationText({ kind: 'overdue', articleTitle: article, actorName: null, data: { dueAt: '2099-01-31T23:59:59.999Z' } })).toBe(
      'Your review of “Troops on the border” is overdue (it was due 2099-01-31 23:59 UTC).',
    );
    expect(notificationText({ kind: 'reopened', articleTitle: article, actorName: 'Eda Editor', data: { scope: 'review', reason: 'Check the date' } })).toBe(
      'Eda Editor reopened your review of “Troops on the border”: Check the date',
    );
    expect(notificationText({ kind: 'reopened', articleTitle: article, actorName: 'Eda Editor', data: { scope: 'article' } })).toBe('Eda Editor reopened “Troops on the border” for review.');
    expect(notificationText({ kind: 'dispute', articleTitle: article, actorName: 'Ada', data: { disputes: 2 } })).toMatch(/^“Troops on the border” has 2 disputed passages/);
    expect(notificationText({ kind: 'mention', articleTitle: article, actorName: 'Ada', data: { excerpt: 'Look here' } })).toBe('Ada mentioned you on “Troops on the border”: “Look here”');
  });

  it('falls back when the article or the actor is gone', () => {
    expect(notificationText({ kind: 'published', articleTitle: null, actorName: null, data: {} })).toBe('Someone published the verdicts on an article, which you reviewed.');
  });
});

describe('commentExcerpt', () => {
  it('keeps one line of at most 140 characters', () => {
    expect(commentExcerpt('  two\n\nlines  ')).toBe('two lines');
    const long = commentExcerpt('x'.repeat(500));
    expect(long).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('notificationPath', () => {
  it("leads the desk's kinds to the consensus page, the rest to the article", () => {
    expect(notificationPath('dispute', 'a1')).toBe('/articles/a1/consensus');
    expect(notificationPath('review_submitted', 'a1')).toBe('/articles/a1/consensus');
    expect(notificationPath('mention', 'a1')).toBe('/articles/a1');
    expect(notificationPath('assigned', null)).toBe('/notifications');
  });
});

describe('notificationData', () => {
  it('keeps only the wording fields, of their types', () => {
    expect(notificationData({ dueAt: '2099-01-31T23:59:59.999Z', disputes: 2, scope: 'review', secret: 'x', excerpt: 5 })).toEqual({ dueAt: '2099-01-31T23:59:59.999Z', disputes: 2, scope: 'review' });
    expect(notificationData(null)).toEqual({});
  });
});
