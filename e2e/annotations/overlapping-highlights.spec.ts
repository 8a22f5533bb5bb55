// Where highlights overlap, every label present is drawn and named: the editor
// (and a reviewer who has submitted) sees a claim and an unsupported span over
// the same words as both, not as whichever the browser painted last.
import { ACCOUNTS } from '../fixtures/accounts';
import { annotateViaApi, articleEditor, createTroopsArticle, highlightSegments, highlightTexts, openArticle, submitReviewViaApi } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const CLAIM = 'a bond forged through shared strategic interests';
const UNSUPPORTED = 'shared strategic interests and a common desire';
const OVERLAP = 'shared strategic interests';
// The stripe colours of globals.css (--hl-claim-stripe, --hl-unsupported-stripe) as Chromium serialises them.
const CLAIM_STRIPE = 'rgba(59, 130, 246, 0.38)';
const UNSUPPORTED_STRIPE = 'rgba(239, 68, 68, 0.36)';
const OPINION_STRIPE = 'rgba(245, 158, 11, 0.42)';

test('an overlap of a claim and an unsupported span shows both labels, to the editor and to a reviewer who has submitted', async ({ page, apiAs }) => {
  const [editor, reviewer1, reviewer2] = await Promise.all([apiAs('editor'), apiAs('reviewer1'), apiAs('reviewer2')]);
  const article = await createTroopsArticle(editor);
  const claim = await annotateViaApi(reviewer1, article, CLAIM, { label: 'claim' });
  const unsupported = await annotateViaApi(reviewer2, article, UNSUPPORTED, { label: 'unsupported' });
  await submitReviewViaApi(reviewer1, article.id);
  await submitReviewViaApi(reviewer2, article.id);

  for (const who of ['editor', 'reviewer1'] as const) {
    await test.step(`as ${who}`, async () => {
      await signInAs(page, who);
      await openArticle(page, article.id);
      await expect.poll(() => highlightTexts(page)).toEqual({ [claim.id]: CLAIM, [unsupported.id]: UNSUPPORTED });

      const segments = await highlightSegments(page);
      expect(segments.map((segment) => [segment.text, segment.labels.join('+')])).toEqual([
        ['a bond forged through ', 'claim'],
        [OVERLAP, 'claim+unsupported'],
        [' and a common desire', 'unsupported'],
      ]);
      const overlap = segments[1]!;
      expect(overlap.ids).toEqual([claim.id, unsupported.id]);
      expect(overlap.classes).toEqual(expect.arrayContaining(['hl-multi', 'hl-mix-claim-unsupported']));
      // Named for assistive technology and on hover: both labels and both reviewers.
      expect(overlap.title).toContain('2 annotations here (Claim + Unsupported)');
      // The viewer's own annotation carries no "by" (as in the panel).
      expect(overlap.title).toContain(who === 'reviewer1' ? `Claim: ${CLAIM}` : `Claim, by ${ACCOUNTS.reviewer1.name}`);
      expect(overlap.title).toContain(`Unsupported, by ${ACCOUNTS.reviewer2.name}`);
      // Drawn with both colours (stripes) and the unsupported hatching on top; no opinion colour.
      expect(overlap.backgroundImage).toContain(CLAIM_STRIPE);
      expect(overlap.backgroundImage).toContain(UNSUPPORTED_STRIPE);
      expect(overlap.backgroundImage).toContain('repeating-linear-gradient(135deg');
      expect(overlap.backgroundImage).not.toContain(OPINION_STRIPE);
      // Outside the overlap each label keeps its own look: claim is a plain fill, unsupported is hatched.
      expect(segments[0]!.backgroundImage).toBe('none');
      expect(segments[2]!.backgroundImage).toContain('repeating-linear-gradient(135deg');
      expect(segments[2]!.backgroundImage).not.toContain(CLAIM_STRIPE);
      // Each annotation keeps its lettered badge.
      await expect(articleEditor(page).locator('.hl-badge')).toHaveText(['C', 'U']);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/signin');
    });
  }
});

test("one reviewer's own overlapping claim and opinion both show before they submit", async ({ page, apiAs }) => {
  const [editor, reviewer1] = await Promise.all([apiAs('editor'), apiAs('reviewer1')]);
  const article = await createTroopsArticle(editor);
  await annotateViaApi(reviewer1, article, CLAIM, { label: 'claim' });
  await annotateViaApi(reviewer1, article, OVERLAP, { label: 'opinion' });

  await signInAs(page, 'reviewer1');
  await openArticle(page, article.id);
  await expect.poll(async () => (await highlightSegments(page)).map((segment) => [segment.text, segment.labels.join('+')])).toEqual([
    ['a bond forged through ', 'claim'],
    [OVERLAP, 'claim+opinion'],
  ]);
  const overlap = (await highlightSegments(page))[1]!;
  expect(overlap.backgroundImage).toContain(CLAIM_STRIPE);
  expect(overlap.backgroundImage).toContain(OPINION_STRIPE);
  expect(overlap.backgroundImage).toContain('radial-gradient'); // the opinion's dots
  expect(overlap.title).toContain('(Claim + Opinion)');
});
