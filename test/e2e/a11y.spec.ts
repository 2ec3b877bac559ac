import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { expectNoSeriousViolations, issueCard, openGuest, tap } from './desk-helpers';

// No serious or critical axe violations in the desk's main states, in English and Spanish.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

test('the main states have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'empty');

  await openGuest(page, 'Ana García');
  await expectNoSeriousViolations(page, 'booking selected');
  await page.getByRole('button', { name: 'Issue card' }).click();
  await expectNoSeriousViolations(page, 'awaiting card');
  await tap(page, '3600000001');
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  await expectNoSeriousViolations(page, 'card issued');

  await page.getByRole('button', { name: 'Move room' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Show what changes' }).isVisible();
  await expectNoSeriousViolations(page, 'move dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'audit log');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Walk-in' }).click();
  await expectNoSeriousViolations(page, 'walk-in');
  await page.keyboard.press('Escape');

  await page.waitForTimeout(1100);
  await tap(page, '3600000001');
  await expect(page.getByTestId('card-identity')).toBeVisible();
  await expectNoSeriousViolations(page, 'whose card');

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('searchbox', { name: 'Buscar huésped por nombre o habitación' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Spanish');
  await page.getByRole('button', { name: 'English' }).click();
});

test('the desk can be driven by keyboard alone: find a guest, issue a card, check out', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Find a guest by name or room' });
  await search.focus();
  await page.keyboard.type('Tom', { delay: 60 });
  await expect(page.getByRole('region', { name: /Search results/ }).getByRole('button', { name: /Tom Becker/ })).toBeVisible();
  await page.keyboard.press('Tab'); // to the first result
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Becker' })).toBeVisible();
  const issue = page.getByRole('button', { name: 'Issue card' });
  await issue.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape'); // stop waiting
  await expect(issue).toBeVisible();
  await issueCard(page, '3600000002');
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  await page.getByRole('button', { name: 'Check out' }).focus();
  await page.keyboard.press('Enter');
  // The confirmation takes the focus, so Enter confirms on purpose and Escape backs out.
  await expect(page.getByRole('button', { name: 'Yes, check out room 102' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Checked out', { exact: true })).toBeVisible();
});
