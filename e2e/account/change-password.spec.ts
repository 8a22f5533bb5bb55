// A person changes their own password on the Account page: the policy's
// reasons are shown, the browser that changed it stays signed in, their other
// browser is signed out, the new password signs in and the old one does not.
import { signInAs } from '../fixtures/auth';
import { expectNoSeriousViolations } from '../fixtures/axe';
import { loopbackClient } from '../fixtures/loopback';
import { createPerson } from '../fixtures/people';
import { expect, test } from '../fixtures/test';

test('changing your password keeps this browser signed in and signs the other one out', async ({ browser, page, apiAs, baseURL }) => {
  const person = await createPerson(await apiAs('admin'), { label: 'change-own' });
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await signInAs(otherPage, { email: person.email, password: person.password });
    await signInAs(page, { email: person.email, password: person.password });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
    const form = page.getByRole('form', { name: 'Change your password' });
    await expectNoSeriousViolations(page);

    // The policy's reason, in words.
    await form.getByLabel('Current password').fill(person.password);
    await form.getByLabel(/^New password/).fill('qwertyuiopasdfgh');
    await form.getByLabel('Type the new password again').fill('qwertyuiopasdfgh');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('alert')).toContainText(/too easy to guess|commonly used/);

    const newPassword = `${person.password}-renewed`;
    await form.getByLabel('Current password').fill(person.password);
    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel('Type the new password again').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('status')).toContainText('Password changed. You stay signed in here; every other session of yours was signed out.');

    // This browser: still signed in (its session was re-issued).
    await page.reload();
    await expect(page.getByTestId('current-user')).toHaveText(person.name);
    // The other browser: signed out.
    await otherPage.goto('/');
    await expect(otherPage).toHaveURL((url) => url.pathname === '/signin');

    // The new password signs in (a fresh browser); the old one no longer does (from another address).
    await signInAs(otherPage, { email: person.email, password: newPassword });
    expect(await loopbackClient(baseURL!, '127.0.0.50').signIn({ email: person.email, password: person.password })).toBe('wrong_credentials');
  } finally {
    await other.close();
  }
});

test('a wrong current password is refused and changes nothing', async ({ page, apiAs }) => {
  const person = await createPerson(await apiAs('admin'), { label: 'change-wrong' });
  await signInAs(page, { email: person.email, password: person.password });
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'Change your password' });
  await form.getByLabel('Current password').fill(`${person.password}-not`);
  await form.getByLabel(/^New password/).fill('Orbit-tahini-93-lantern');
  await form.getByLabel('Type the new password again').fill('Orbit-tahini-93-lantern');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('Your current password is not correct.');
  // Still signed in, with the old password unchanged.
  await page.reload();
  await expect(page.getByTestId('current-user')).toHaveText(person.name);
});
