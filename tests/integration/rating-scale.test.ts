// Rating scales: admins replace the desk's default, project editors their
// project's; bad scales are 400 and change nothing; a rating an unpublished
// verdict of the project still uses cannot go.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeClient } from '../support/route-client';
import { routes } from '../support/routes';
import { withSeededDatabase } from '../support/seeded-database';

vi.mock('@/lib/server/auth/cookie-session', () => import('../support/session'));


const database = withSeededDatabase();
const { as, call } = routeClient(database);
beforeEach(() => as('admin'));

const put = async (body: unknown) => {
  const { status, body: answer } = await call(routes.ratingScale.PUT, { method: 'PUT', path: '/api/rating-scale', body });
  return { status, body: answer as { options?: { key: string; name: string; value: number }[]; error?: { message: string } } };
};
const FIVE = [
  { key: 'true', name: 'True', value: 5 },
  { key: 'half_true', name: 'Half true', value: 3 },
  { key: 'false', name: 'False', value: 2 },
  { key: 'pants_on_fire', name: 'Pants on fire', value: 1 },
  { key: 'unsupported', name: 'Unsupported', value: 1 },
];

describe('the rating scale', () => {
  it('is replaced by an admin, in the given order', async () => {
    const { status, body } = await put({ options: FIVE });
    expect(status).toBe(200);
    expect(body.options).toEqual(FIVE);
  });

  it.each([
    ['an editor', 'editor', { options: FIVE }, 403],
    ['one rating', 'admin', { options: FIVE.slice(0, 1) }, 400],
    ['duplicate keys', 'admin', { options: [FIVE[0], FIVE[0]] }, 400],
    ['a malformed key', 'admin', { options: [{ key: 'Robert"); DROP', name: 'x', value: 1 }, FIVE[0]] }, 400],
    ['a value that is not a number', 'admin', { options: [{ key: 'a', name: 'A', value: 'high' }, FIVE[0]] }, 400],
  ] as const)('refuses %s and changes nothing', async (_what, who, body, status) => {
    as(who);
    const before = await database.snapshot();
    expect((await put(body)).status).toBe(status);
    expect(await database.snapshot()).toEqual(before);
  });

  it('is copied into a new project, and changing it afterwards leaves the project its own', async () => {
    expect((await put({ options: FIVE })).status).toBe(200);
    const created = await call(routes.projects.POST, { method: 'POST', path: '/api/projects', body: { name: 'Scale copy' } });
    const project = (created.body as { project: { id: string; ratingScale: unknown } }).project;
    expect(project.ratingScale).toEqual(FIVE);
    expect((await put({ options: FIVE.slice(0, 2) })).status).toBe(200);
    const { body } = await call(routes.projectRatingScale.GET, { path: `/api/projects/${project.id}/rating-scale`, params: { id: project.id } });
    expect((body as { options: unknown }).options).toEqual(FIVE);
  });

  it("keeps a rating that a verdict on one of the project's unpublished articles uses", async () => {
    const { id } = await database.sampleArticle();
    const [row] = await database.query<{ projectId: string }>('SELECT "projectId" FROM "Article" WHERE id = $1', [id]);
    const projectId = row!.projectId;
    const putProject = async (body: unknown) => {
      const answer = await call(routes.projectRatingScale.PUT, { method: 'PUT', path: `/api/projects/${projectId}/rating-scale`, params: { id: projectId }, body });
      return { status: answer.status, body: answer.body as { error?: { message: string } } };
    };
    expect((await putProject({ options: FIVE })).status).toBe(200);
    await database.query(
      `INSERT INTO "Verdict" (id, "articleId", "passageKey", start, "end", exact, revision, label, rating, "ratingName", "ratingValue", "editorId", "updatedAt")
       VALUES (gen_random_uuid(), $1, '0-22', 0, 22, 'Russian Troops In Iran', 1, 'unsupported', 'pants_on_fire', 'Pants on fire', 1, $2, now())`,
      [id, database.actors.editor.id],
    );
    const before = await database.snapshot();
    const { status, body } = await putProject({ options: FIVE.filter((option) => option.key !== 'pants_on_fire') });
    expect(status).toBe(409);
    expect(body.error?.message).toMatch(/pants_on_fire/);
    expect(await database.snapshot()).toEqual(before);
  });
});
