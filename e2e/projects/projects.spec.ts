// Projects: an admin sets up two investigations with their own guidelines and
// members; a reviewer of one never learns the other's article exists, on any
// page or endpoint; reviews record the guidelines version they were made
// under; the desk reads the project's reviewer agreement; an editor of both
// moves an article across, and who sees it follows.
//
// Every test builds its own projects, people and articles (fresh accounts, not
// the seeded ones: adding a seeded editor to a second project would change
// where other specs' imports go).
import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTag } from '../fixtures/accounts';
import { annotateViaApi, annotationForm, fetchArticle, openArticle, selectPassage, selectionToolbar, submitReviewViaApi, troopsArticleText, workspaceNotice } from '../fixtures/annotations';
import type { ArticleRecord } from '../fixtures/article-page';
import { signInAs } from '../fixtures/auth';
import { type Person, addMember, createPerson, pageAs } from '../fixtures/people';
import type { ProjectRole } from '../../lib/vocabulary';
import { expect, test } from '../fixtures/test';

const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';
const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';

type Project = { id: string; name: string; guidelinesVersion: number };

type World = {
  admin: APIRequestContext;
  a: Project;
  b: Project;
  articleA: ArticleRecord;
  articleB: ArticleRecord;
  /** Reviewers of A only, of B only; an editor of both. */
  reviewerA: Person;
  reviewerA2: Person;
  reviewerB: Person;
  editor: Person;
};

function guidelinesFor(title: string): string {
  return [
    `# ${title}`,
    '',
    'Mark a **claim** only when it can be *checked*.',
    '',
    '- Quote the source',
    '- Link the evidence, e.g. [the style guide](https://example.org/style)',
    '',
    '<script>window.__guidelinesRan = true</script>',
  ].join('\n');
}

async function createProject(admin: APIRequestContext, name: string, guidelines: string): Promise<Project> {
  const response = await admin.post('/api/projects', { data: { name, description: `Investigation ${name}`, guidelines } });
  expect(response.status(), `POST /api/projects: ${await response.text().catch(() => '')}`.slice(0, 400)).toBe(201);
  return ((await response.json()) as { project: Project }).project;
}


async function importInto(api: APIRequestContext, projectId: string): Promise<ArticleRecord> {
  const { text } = troopsArticleText();
  const response = await api.post('/api/articles', { data: { text, projectId } });
  expect(response.status(), `POST /api/articles into ${projectId}: ${await response.text().catch(() => '')}`.slice(0, 400)).toBe(201);
  const { article } = (await response.json()) as { article: { id: string } };
  return fetchArticle(api, article.id);
}

async function buildWorld(adminApi: APIRequestContext): Promise<World> {
  const tag = uniqueTag();
  const [reviewerA, reviewerA2, reviewerB, editor] = await Promise.all([
    createPerson(adminApi, { label: 'rev-a' }),
    createPerson(adminApi, { label: 'rev-a2' }),
    createPerson(adminApi, { label: 'rev-b' }),
    createPerson(adminApi, { role: 'editor', label: 'ed-ab' }),
  ]);
  const a = await createProject(adminApi, `Alpha ${tag}`, guidelinesFor(`Alpha rules ${tag}`));
  const b = await createProject(adminApi, `Beta ${tag}`, guidelinesFor(`Beta rules ${tag}`));
  await Promise.all([
    addMember(adminApi, a.id, reviewerA, 'reviewer'),
    addMember(adminApi, a.id, reviewerA2, 'reviewer'),
    addMember(adminApi, b.id, reviewerB, 'reviewer'),
    addMember(adminApi, a.id, editor, 'editor'),
    addMember(adminApi, b.id, editor, 'editor'),
  ]);
  const [articleA, articleB] = await Promise.all([importInto(adminApi, a.id), importInto(adminApi, b.id)]);
  return { admin: adminApi, a, b, articleA, articleB, reviewerA, reviewerA2, reviewerB, editor };
}


function projectSwitcher(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByLabel('Project');
}

test('an admin creates a project with guidelines, adds a member and imports into it from the UI', async ({ page, apiAs }) => {
  const admin = await apiAs('admin');
  const tag = uniqueTag();
  const reviewer = await createPerson(admin, { label: 'ui-rev' });
  const name = `Gamma ${tag}`;
  await signInAs(page, 'admin');

  await test.step('New project, with Markdown guidelines rendered on its page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await expect(page.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
    const form = page.getByRole('form', { name: 'New project' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Description').fill('Checking the Gamma statements.');
    await form.getByLabel('Guidelines').fill(guidelinesFor(`Gamma rules ${tag}`));
    await form.getByRole('button', { name: 'Create project' }).click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    const guidelines = page.getByRole('region', { name: 'Guidelines' });
    await expect(guidelines.getByRole('heading', { name: `Gamma rules ${tag}` })).toBeVisible();
    await expect(guidelines.getByRole('link', { name: 'the style guide' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expect(guidelines).toContainText('Version 1, written by Ada Admin');
    // Raw HTML in the Markdown is shown as text and never runs.
    await expect(guidelines).toContainText('<script>window.__guidelinesRan = true</script>');
    expect(await page.evaluate(() => (window as unknown as { __guidelinesRan?: boolean }).__guidelinesRan)).toBeUndefined();
  });
  const projectId = page.url().split('/').pop()!;

  await test.step('the admin picks a member from the list of accounts', async () => {
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Person').selectOption({ label: `${reviewer.name} (${reviewer.email})` });
    await form.getByLabel('Role').selectOption('reviewer');
    await form.getByRole('button', { name: 'Add member' }).click();
    await expect(form.getByRole('status')).toHaveText(`Added ${reviewer.name} as reviewer.`);
    await expect(page.getByRole('table', { name: 'Members of this project' }).getByRole('row', { name: new RegExp(reviewer.name) })).toContainText(reviewer.email);
  });

  await test.step('the import form preselects the current project; the article lands in it', async () => {
    await page.goto(`/articles/import?project=${projectId}`);
    await expect(page.getByRole('main').getByLabel('Project')).toHaveValue(projectId);
    const { title, text } = troopsArticleText();
    await page.getByLabel('Article content').fill(text);
    await page.getByRole('button', { name: 'Import article' }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', `/projects/${projectId}`);
    await expect(page.getByTestId('guidelines-panel')).toContainText('Guidelines (version 1)');
    const listed = (await (await admin.get('/api/articles', { params: { project: projectId } })).json()) as { articles: { title: string; projectName: string }[] };
    expect(listed.articles).toEqual([expect.objectContaining({ title, projectName: name })]);
  });

  await test.step('the new member sees the project and its article; the list shows it', async () => {
    const memberApi = await apiAs({ email: reviewer.email, password: reviewer.password });
    const { projects } = (await (await memberApi.get('/api/projects')).json()) as { projects: { id: string; role: string }[] };
    expect(projects).toEqual([expect.objectContaining({ id: projectId, role: 'reviewer' })]);
    await page.goto('/projects');
    await expect(page.getByRole('table', { name: 'Your projects' }).getByRole('row', { name: new RegExp(name) })).toContainText('Version 1');
  });
});

test("a reviewer of project A never sees project B's article, anywhere", async ({ page, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { reviewerA, articleA, articleB, a, b } = world;
  const api = await apiAs({ email: reviewerA.email, password: reviewerA.password });
  const bTag = /\(e2e ([0-9a-f]+)\)/.exec(articleB.title)![1]!;

  await test.step('the API: lists, search, the article, its annotations, exports, projects', async () => {
    const listed = (await (await api.get('/api/articles')).json()) as { articles: { id: string }[] };
    expect(listed.articles.map((article) => article.id)).toContain(articleA.id);
    expect(listed.articles.map((article) => article.id)).not.toContain(articleB.id);
    const searched = (await (await api.get('/api/articles', { params: { q: bTag } })).json()) as { articles: unknown[] };
    expect(searched.articles).toEqual([]);
    expect((await api.get(`/api/articles/${articleB.id}`)).status()).toBe(404);
    expect((await api.get(`/api/articles/${articleA.id}`)).status()).toBe(200);
    expect((await api.get(`/api/articles/${articleB.id}/annotations`)).status()).toBe(404);
    expect((await api.get(`/annotations/?article=${articleB.id}`)).status()).toBe(404);
    expect((await api.get(`/annotations/?article=${articleA.id}`)).status()).toBe(200);
    expect((await api.get('/api/exports', { params: { format: 'csv' } })).status()).toBe(403);
    expect((await api.get('/api/articles', { params: { project: b.id } })).status()).toBe(404);
    expect((await api.get(`/api/projects/${b.id}`)).status()).toBe(404);
    const { projects } = (await (await api.get('/api/projects')).json()) as { projects: { id: string }[] };
    expect(projects.map((project) => project.id)).toEqual([a.id]);
  });

  await signInAs(page, { email: reviewerA.email, password: reviewerA.password });
  const main = page.getByRole('main');

  await test.step('the dashboard, its search and the project switcher', async () => {
    await expect(main.getByRole('link', { name: articleA.title })).toBeVisible();
    await expect(main.getByText(articleB.title)).toHaveCount(0);
    await expect(projectSwitcher(page).locator('option')).toHaveText(['All my projects', a.name]);
    await page.goto(`/?q=${bTag}`);
    await expect(main).toContainText('No articles match these filters.');
    await page.goto(`/?project=${b.id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });

  await test.step('the review queue and exports are the desk’s; /projects lists only A', async () => {
    expect((await page.goto('/review'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(articleB.title);
    expect((await page.goto('/exports'))?.status()).toBe(403);
    await page.goto('/projects');
    const table = page.getByRole('table', { name: 'Your projects' });
    await expect(table.getByRole('link', { name: a.name })).toBeVisible();
    await expect(table).not.toContainText(b.name);
  });

  await test.step("B's article and project pages are not found", async () => {
    expect((await page.goto(`/articles/${articleB.id}`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(articleB.title);
    expect((await page.goto(`/projects/${b.id}`))?.status()).toBe(404);
    await expect(page.locator('body')).not.toContainText(b.name);
  });
});

test('reviews record the guidelines version they were submitted under', async ({ page, browser, baseURL, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { reviewerA, reviewerA2, articleA, a, editor } = world;
  const editorApi = await apiAs({ email: editor.email, password: editor.password });

  await test.step('the reviewer reads the guidelines beside the article, annotates and submits', async () => {
    await signInAs(page, { email: reviewerA.email, password: reviewerA.password });
    await openArticle(page, articleA.id);
    const panel = page.getByTestId('guidelines-panel');
    await expect(panel.locator('summary')).toHaveText('Guidelines (version 1)');
    await expect(panel.getByRole('heading', { name: /^Alpha rules / })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: a.name, exact: true })).toBeVisible();
    await selectPassage(page, CLAIM);
    await selectionToolbar(page).getByRole('button', { name: /^Claim\b/ }).click();
    const form = annotationForm(page, 'New annotation');
    await form.getByLabel('Rationale').fill('A checkable statement of fact.');
    await form.getByRole('button', { name: 'Save annotation' }).click();
    await expect(workspaceNotice(page)).toHaveText('Saved as claim.');
    const review = page.getByRole('region', { name: 'Your review' });
    await review.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('dialog', { name: 'Submit your review?' }).getByRole('button', { name: 'Submit review' }).click();
    await expect(review).toContainText('under guidelines version 1');
  });

  type Review = { reviewer: { id: string }; status: string; guidelinesVersion: number | null };
  const reviews = async () => ((await (await editorApi.get(`/api/articles/${articleA.id}/reviews`)).json()) as { reviews: Review[] }).reviews;
  expect((await reviews()).find((review) => review.reviewer.id === reviewerA.id)).toMatchObject({ status: 'submitted', guidelinesVersion: 1 });

  await test.step('the admin rewrites the guidelines: version 2, with version 1 kept in the history', async () => {
    const admin = await pageAs(browser, baseURL, 'admin');
    await admin.goto(`/projects/${a.id}`);
    const form = admin.getByRole('form', { name: 'Edit project' });
    await form.getByLabel('Guidelines (Markdown)').fill('# Alpha rules, second edition\n\nLabel every *opinion* as well.');
    await form.getByRole('button', { name: 'Save project' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. The guidelines are now version 2.');
    const guidelines = admin.getByRole('region', { name: 'Guidelines' });
    await expect(guidelines.getByRole('heading', { name: 'Alpha rules, second edition' })).toBeVisible();
    await expect(guidelines).toContainText('Version 2, written by Ada Admin');
    await guidelines.getByText(/History \(2 versions\)/).click();
    await guidelines.getByRole('list', { name: 'Guidelines history' }).getByRole('link', { name: 'Version 1' }).click();
    await expect(guidelines).toContainText('You are reading an earlier version.');
    await expect(guidelines.getByRole('heading', { name: /^Alpha rules [0-9a-f]+$/ })).toBeVisible();
    await admin.context().close();
  });

  await test.step('a second reviewer, submitting now, works under version 2', async () => {
    const second = await apiAs({ email: reviewerA2.email, password: reviewerA2.password });
    await annotateViaApi(second, articleA, OPINION, { label: 'opinion' });
    const submitted = await second.post(`/api/articles/${articleA.id}/submit`);
    expect(submitted.status()).toBe(201);
    expect(((await submitted.json()) as { submission: { guidelinesVersion: number } }).submission.guidelinesVersion).toBe(2);
    const all = await reviews();
    expect(all.find((review) => review.reviewer.id === reviewerA.id)).toMatchObject({ guidelinesVersion: 1 });
    expect(all.find((review) => review.reviewer.id === reviewerA2.id)).toMatchObject({ status: 'submitted', guidelinesVersion: 2 });
  });

  await test.step("the editor's Reviews panel names each review's guidelines version", async () => {
    const editorPage = await pageAs(browser, baseURL, editor);
    await editorPage.goto(`/articles/${articleA.id}/consensus`);
    const panel = editorPage.getByRole('region', { name: 'Reviews' });
    await expect(panel.getByRole('listitem', { name: `Review by ${reviewerA.name}` })).toContainText('under guidelines version 1');
    await expect(panel.getByRole('listitem', { name: `Review by ${reviewerA2.name}` })).toContainText('under guidelines version 2');
    await editorPage.context().close();
  });
});

test("the project's reviewer agreement is on its page for the desk, not for reviewers", async ({ page, browser, baseURL, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { reviewerA, reviewerA2, articleA, a, editor } = world;
  const first = await apiAs({ email: reviewerA.email, password: reviewerA.password });
  const second = await apiAs({ email: reviewerA2.email, password: reviewerA2.password });
  await annotateViaApi(first, articleA, CLAIM, { label: 'claim' });
  await annotateViaApi(second, articleA, CLAIM, { label: 'claim' });
  await annotateViaApi(first, articleA, OPINION, { label: 'opinion' });
  await annotateViaApi(second, articleA, OPINION, { label: 'unsupported' });
  await submitReviewViaApi(first, articleA.id);
  await submitReviewViaApi(second, articleA.id);

  for (const who of [editor, 'admin'] as const) {
    await test.step(`${who === 'admin' ? 'an admin' : "the project's editor"} sees the project alpha with its uncertainty and each reviewer`, async () => {
      const desk = await pageAs(browser, baseURL, who);
      await desk.goto(`/projects/${a.id}`);
      const section = desk.getByRole('region', { name: 'Reviewer agreement in this project' });
      await expect(section).toBeVisible();
      await expect(section.getByTestId('project-agreement-data')).toContainText('Data: 1 article with submitted reviews');
      await expect(section.getByTestId('project-agreement-data')).toContainText('2 reviewers');
      // Defined: a 95% interval (and the chance it lies below the minimums); not defined: the words and why.
      const uncertainty = section.getByTestId('project-alpha-uncertainty');
      await expect(uncertainty).toContainText(/95% CI -?\d\.\d{3}–-?\d\.\d{3}|not defined|no interval/);
      const value = (await section.getByTestId('project-alpha').innerText()).trim();
      if (value.startsWith('not defined')) expect(value.length).toBeGreaterThan('not defined'.length);
      else await expect(uncertainty).toContainText(/P\(α < 0\.667\)/);
      const table = section.getByRole('table', { name: /Each reviewer's agreement/ });
      for (const reviewer of [reviewerA, reviewerA2]) {
        const row = table.getByRole('row').filter({ has: desk.getByRole('rowheader', { name: reviewer.name }) });
        // Two shared passages: too few for a calibration call, and the table says so.
        await expect(row).toContainText('not enough data');
        await expect(row.getByRole('cell').nth(1)).toHaveText('2');
      }
      await desk.context().close();
    });
  }

  await test.step('a reviewer of the project sees no agreement figures, and the API refuses them', async () => {
    await signInAs(page, { email: reviewerA.email, password: reviewerA.password });
    await page.goto(`/projects/${a.id}`);
    await expect(page.getByRole('region', { name: 'Guidelines' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reviewer agreement in this project' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Edit project' })).toHaveCount(0);
    expect((await first.get(`/api/projects/${a.id}/agreement`)).status()).toBe(403);
  });
});

test('an editor of both projects moves an article from A to B; who sees it follows', async ({ page, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { reviewerA, reviewerB, articleA, a, b, editor } = world;
  const [apiA, apiB] = await Promise.all([
    apiAs({ email: reviewerA.email, password: reviewerA.password }),
    apiAs({ email: reviewerB.email, password: reviewerB.password }),
  ]);
  expect((await apiB.get(`/api/articles/${articleA.id}`)).status()).toBe(404);

  await test.step('the editor moves it with a reason', async () => {
    await signInAs(page, { email: editor.email, password: editor.password });
    await page.goto(`/articles/${articleA.id}`);
    await page.getByRole('button', { name: 'Move to project…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move this article to another project?' });
    await expect(dialog.getByLabel('Project').locator('option')).toHaveText(['Choose a project…', b.name]);
    await dialog.getByLabel('Project').selectOption({ label: b.name });
    await dialog.getByLabel('Reason (optional)').fill('Belongs to the Beta investigation.');
    await dialog.getByRole('button', { name: 'Move article' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByRole('link', { name: b.name, exact: true })).toHaveAttribute('href', `/projects/${b.id}`);
    await expect(page.getByTestId('guidelines-panel').getByRole('heading', { name: /^Beta rules / })).toBeVisible();
  });

  await test.step("A's reviewer no longer sees it; B's reviewer does", async () => {
    expect((await apiA.get(`/api/articles/${articleA.id}`)).status()).toBe(404);
    const listedA = (await (await apiA.get('/api/articles')).json()) as { articles: { id: string }[] };
    expect(listedA.articles.map((article) => article.id)).not.toContain(articleA.id);
    expect((await apiB.get(`/api/articles/${articleA.id}`)).status()).toBe(200);
    const listedB = (await (await apiB.get('/api/articles')).json()) as { articles: { id: string; projectId: string }[] };
    expect(listedB.articles).toContainEqual(expect.objectContaining({ id: articleA.id, projectId: b.id }));
    const { projects } = (await (await apiA.get('/api/projects')).json()) as { projects: { id: string; articleCount: number }[] };
    expect(projects).toEqual([expect.objectContaining({ id: a.id, articleCount: 0 })]);
  });
});

test("a project's editor changes its rating scale on the project page; the desk default and other projects keep theirs", async ({ page, browser, baseURL, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { a, b, editor, admin } = world;
  const before = (await (await admin.get('/api/rating-scale')).json()) as { options: { key: string; name: string }[] };
  await signInAs(page, { email: editor.email, password: editor.password });
  await page.goto(`/projects/${a.id}`);
  const scale = page.getByRole('region', { name: 'Rating scale' });
  const third = scale.getByLabel('Name of rating 3');
  await expect(third).toHaveValue(before.options[2]!.name);
  await third.fill('Half true (Alpha)');
  await scale.getByRole('button', { name: 'Save scale' }).click();
  await expect(scale.getByRole('status')).toHaveText('Rating scale saved.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Rating scale' }).getByLabel('Name of rating 3')).toHaveValue('Half true (Alpha)');
  // The project's verdicts are given on its own scale; the desk default and project B are as they were.
  const editorApi = await apiAs({ email: editor.email, password: editor.password });
  const own = (await (await editorApi.get(`/api/projects/${a.id}/rating-scale`)).json()) as { options: { name: string }[] };
  expect(own.options[2]!.name).toBe('Half true (Alpha)');
  const other = (await (await editorApi.get(`/api/projects/${b.id}/rating-scale`)).json()) as { options: { name: string }[] };
  expect(other.options[2]!.name).toBe(before.options[2]!.name);
  expect(((await (await admin.get('/api/rating-scale')).json()) as { options: { name: string }[] }).options[2]!.name).toBe(before.options[2]!.name);
  // A reviewer of the project sees no scale editor.
  const reviewerPage = await pageAs(browser, baseURL, world.reviewerA);
  await reviewerPage.goto(`/projects/${a.id}`);
  await expect(reviewerPage.getByRole('region', { name: 'Guidelines' })).toBeVisible();
  await expect(reviewerPage.getByRole('region', { name: 'Rating scale' })).toHaveCount(0);
  await reviewerPage.context().close();
});

test("a project's editor adds a member by email; an unknown address, an admin and an editor role for a reviewer account are refused and change nothing", async ({ page, apiAs }) => {
  const world = await buildWorld(await apiAs('admin'));
  const { a, editor, admin } = world;
  const newcomer = await createPerson(admin, { label: 'newcomer' });
  const members = async () => ((await (await admin.get(`/api/projects/${a.id}`)).json()) as { project: { members: { userId: string; role: string }[] } }).project.members;
  const before = await members();
  await signInAs(page, { email: editor.email, password: editor.password });
  await page.goto(`/projects/${a.id}`);
  const form = page.getByRole('form', { name: 'Add a member' });
  const add = async (email: string, role: ProjectRole) => {
    await form.getByLabel('Email of the person to add').fill(email);
    await form.getByLabel('Role').selectOption(role);
    await form.getByRole('button', { name: 'Add member' }).click();
  };
  await add(`nobody-${uniqueTag()}@example.org`, 'reviewer');
  await expect(form.getByRole('alert')).toHaveText(/No account has that email address/);
  await add('admin@example.org', 'reviewer');
  await expect(form.getByRole('alert')).toHaveText(/is an admin and sees every project already/);
  await add(newcomer.email, 'editor');
  await expect(form.getByRole('alert')).toHaveText(/can only be a reviewer here/);
  expect(await members()).toEqual(before);
  await add(newcomer.email, 'reviewer');
  await expect(form.getByRole('status')).toHaveText(`Added ${newcomer.name} as reviewer.`);
  expect((await members()).find((member) => member.userId === newcomer.id)?.role).toBe('reviewer');
});
