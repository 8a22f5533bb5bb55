// Who hears of which live change (seesLiveChange, the blind-review rule of GET /api/events),
// and what the feed accepts as a change (parseLiveChange).
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../actor';
import { LIVE_CHANGE_KINDS, type LiveChangeKind } from '../../vocabulary';

vi.mock('../session', () => ({ getActor: async () => null }));
const { seesLiveChange } = await import('../guards');
const { parseLiveChange } = await import('./change-hub');

const DESK = '11111111-1111-4111-8111-111111111111';
const ELSEWHERE = '22222222-2222-4222-8222-222222222222';
const ARTICLE = '33333333-3333-4333-8333-333333333333';
const reviewer: Actor = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', email: 'r@example.org', name: 'R', role: 'reviewer', projects: new Map([[DESK, 'reviewer']]) };
const other = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const editor: Actor = { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', email: 'e@example.org', name: 'E', role: 'editor', projects: new Map([[DESK, 'editor']]) };
/** An editor account that is a reviewer in this project: the project role decides. */
const editorAsReviewer: Actor = { ...editor, projects: new Map([[DESK, 'reviewer']]) };
const admin: Actor = { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', email: 'a@example.org', name: 'A', role: 'admin', projects: null };

const change = (kind: LiveChangeKind, userId: string | null, projectId = DESK) => ({ kind, articleId: ARTICLE, projectId, userId });

describe('seesLiveChange', () => {
  it('tells a reviewer of public facts and of their own work only', () => {
    const heard = LIVE_CHANGE_KINDS.filter((kind) => seesLiveChange(reviewer, change(kind, other)));
    expect(heard).toEqual(['article', 'review']);
    const own = LIVE_CHANGE_KINDS.filter((kind) => seesLiveChange(reviewer, change(kind, reviewer.id)));
    expect(own).toEqual(['article', 'annotation', 'review', 'assignment', 'comment']);
    expect(seesLiveChange(reviewer, change('verdict', null))).toBe(false);
  });

  it('tells the desk everything in its projects, by the role held in the project', () => {
    for (const kind of LIVE_CHANGE_KINDS) {
      expect(seesLiveChange(editor, change(kind, other)), kind).toBe(true);
      expect(seesLiveChange(admin, change(kind, other)), kind).toBe(true);
    }
    expect(LIVE_CHANGE_KINDS.filter((kind) => seesLiveChange(editorAsReviewer, change(kind, other)))).toEqual(['article', 'review']);
  });

  it('tells nobody anything of a project that is not theirs', () => {
    for (const kind of LIVE_CHANGE_KINDS) {
      expect(seesLiveChange(reviewer, change(kind, reviewer.id, ELSEWHERE))).toBe(false);
      expect(seesLiveChange(editor, change(kind, editor.id, ELSEWHERE))).toBe(false);
    }
  });

  it('follows a token: only what its scopes let it read', () => {
    const writeOnly: Actor = { ...editor, token: { id: 't', scopes: ['write:annotations'] } };
    expect(LIVE_CHANGE_KINDS.filter((kind) => seesLiveChange(writeOnly, change(kind, editor.id)))).toEqual([]);
  });
});

describe('parseLiveChange', () => {
  it('accepts what the triggers send and nothing else', () => {
    expect(parseLiveChange(JSON.stringify(change('annotation', other)))).toEqual(change('annotation', other));
    expect(parseLiveChange(JSON.stringify(change('verdict', null)))).toEqual(change('verdict', null));
    for (const bad of ['not json', 'null', '[]', JSON.stringify({ ...change('annotation', other), kind: 'drop' }), JSON.stringify({ ...change('annotation', other), articleId: 'x' }), JSON.stringify({ ...change('annotation', other), userId: 5 }), JSON.stringify({ ...change('annotation', other), projectId: null })]) {
      expect(parseLiveChange(bad), bad).toBeNull();
    }
  });
});
