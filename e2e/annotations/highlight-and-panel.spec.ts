// A highlight in the text and its entry in the side panel lead to each other:
// a click on the highlight marks the entry active and puts keyboard focus on
// it (scrolled into view); the entry's "Go to" button marks the highlight.
import { annotateViaApi, articleEditor, createTroopsArticle, openArticle, panelItem } from '../fixtures/annotations';
import { signInAs } from '../fixtures/auth';
import { expect, test } from '../fixtures/test';

const OPINION = 'The geopolitical landscape of the Middle East is a complex tapestry';
const CLAIM = 'Moscow and Tehran are increasingly presenting a united front';

test('a click on a highlight focuses its panel entry, and the entry leads back to the highlight', async ({ page, apiAs }) => {
  const article = await createTroopsArticle(await apiAs('editor'));
  const api = await apiAs('reviewer3');
  const opinion = await annotateViaApi(api, article, OPINION, { label: 'opinion' });
  const claim = await annotateViaApi(api, article, CLAIM, { label: 'claim' });
  await signInAs(page, 'reviewer3');
  await openArticle(page, article.id);
  const highlight = (id: string) => articleEditor(page).locator(`.hl[data-annotation-id="${id}"]`).first();
  const goTo = (id: string) => panelItem(page, id).getByRole('button', { name: /^Go to / });

  await highlight(claim.id).click();
  await expect(goTo(claim.id)).toBeFocused();
  await expect(goTo(claim.id)).toBeInViewport();
  await expect(panelItem(page, claim.id)).toHaveClass(/\bring-2\b/);
  await expect(panelItem(page, opinion.id)).not.toHaveClass(/\bring-2\b/);
  await expect(highlight(claim.id)).toHaveClass(/\bhl-active\b/);

  await goTo(opinion.id).click();
  await expect(highlight(opinion.id)).toHaveClass(/\bhl-active\b/);
  await expect(highlight(claim.id)).not.toHaveClass(/\bhl-active\b/);
  await expect(panelItem(page, opinion.id)).toHaveClass(/\bring-2\b/);
  await expect(panelItem(page, claim.id)).not.toHaveClass(/\bring-2\b/);
});
