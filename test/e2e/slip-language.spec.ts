import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { openGuest } from './desk-helpers';

let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

test('the manager sets the slip language; the clerk prints a guest’s slip in another; the choice resets for the next guest', async ({
  page,
}) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Setup' }).click();
  const wizard = page.getByRole('dialog', { name: 'Desk setup' });
  await wizard.getByRole('button', { name: 'Printer and slip' }).click();
  await expect(wizard.getByLabel('Slip language')).toHaveValue('en');
  await wizard.getByLabel('Slip language').selectOption('es');
  await wizard.getByRole('button', { name: 'Save settings' }).click();
  await expect(wizard.getByRole('status')).toHaveText('Settings saved.');
  expect(await dut.desk.dispatch('slip:options', {})).toMatchObject({ ok: true, value: { language: 'es' } });
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();

  // The property prints Spanish: the slip select starts there, the desk itself stays English.
  await openGuest(page, 'Ana García');
  await page.getByRole('button', { name: 'Issue passcode' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Passcode ready');
  const language = page.getByLabel('Slip language');
  await expect(language).toHaveValue('es');
  await page.getByRole('button', { name: 'Print slip' }).click();
  const view = page.getByRole('dialog', { name: 'Guest slip' });
  await expect(view).toContainText('Huésped');
  await expect(view).toContainText('Cómo abrir');
  await expect(view).not.toContainText('How to open');
  await page.screenshot({ path: '.reports/slip-language-preview-es.png' });
  await view.getByRole('button', { name: 'Close' }).click();

  // An English-speaking guest: the clerk picks English for this slip.
  await language.selectOption('en');
  await page.getByRole('button', { name: 'Print slip' }).click();
  await expect(view).toContainText('Guest');
  await expect(view).toContainText('How to open: touch the keypad');
  await expect(view).not.toContainText('Huésped');
  await view.getByRole('button', { name: 'Close' }).click();
  expect(await dut.desk.dispatch('slip:options', {})).toMatchObject({ ok: true, value: { language: 'es' } });

  // The next guest starts again from the property's language.
  await openGuest(page, 'Lukas Novák');
  await expect(page.getByLabel('Slip language')).toHaveValue('es');
  await page.screenshot({ path: '.reports/slip-language-actions-1366.png' });
});
