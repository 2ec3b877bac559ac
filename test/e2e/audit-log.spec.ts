import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, bookingOf, expectNoSeriousViolations } from './desk-helpers';

// Issue 20: the audit log with guest and room columns, filters (who, what, room, days) and a CSV export.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
  const ana = await bookingOf(dut, 'Ana García');
  const tom = await bookingOf(dut, 'Tom Becker');
  await dut.desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '3900000001' });
  await dut.desk.handlers['access:issue-passcode']({ bookingId: tom.id });
});
test.afterAll(async () => {
  await dut.stop();
});

const dialog = (page: Page, name = 'Audit log') => page.getByRole('dialog', { name });

test('the log names each entry’s guest and room, filters by room, action, who and days, and a manager exports it as CSV', async ({
  page,
}) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Audit log' }).click();
  const log = dialog(page);
  const rows = log.locator('tbody tr');
  await expect(rows.filter({ hasText: 'Card issued' })).toContainText(['Ana García']);
  await expect(rows.filter({ hasText: 'Card issued' }).first()).toContainText('101');
  await expect(rows.filter({ hasText: 'Passcode issued' }).first()).toContainText('Tom Becker');

  const room = log.getByRole('combobox', { name: /^Room/ });
  await room.selectOption('102');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Passcode issued');
  await room.selectOption('');
  await log.getByRole('combobox', { name: /^Action/ }).selectOption({ label: 'Card issued' });
  await expect(rows).toHaveCount(1);
  await expect(log.getByRole('combobox', { name: /^Who/ })).toContainText('Desk');
  // A day before any of it: nothing.
  // Days are typed in the desk language's order (English: dd/mm/yyyy).
  await log.getByRole('textbox', { name: 'To' }).fill('09/06/2026');
  await expect(log.getByText('Nothing recorded with these filters.')).toBeVisible();
  await log.getByRole('textbox', { name: 'To' }).fill('10/06/2026');
  await log.getByRole('textbox', { name: 'From' }).fill('10/06');
  await expect(rows).toHaveCount(1);
  await expectNoSeriousViolations(page, 'audit log with filters');

  // No staff yet on the demo desk, so it runs with manager rights: Export is here.
  await log.getByRole('button', { name: 'Export to CSV' }).click();
  const saved = log.getByRole('status');
  await expect(saved).toContainText('1 entries saved to');
  const file = /saved to (.+\.csv)/.exec((await saved.textContent()) ?? '')![1]!;
  expect(file).toMatch(/exports[\\/]audit-/);
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('When,Staff,Action,Guest,Room,What,Result');
  expect(csv).toContain(',issue-card,Ana García,101,');
  expect(csv).not.toContain('Tom Becker');
  // The export is itself in the log.
  await log.getByRole('combobox', { name: /^Action/ }).selectOption({ label: 'Audit log exported' });
  await log.getByRole('textbox', { name: 'From' }).fill('');
  await log.getByRole('textbox', { name: 'To' }).fill('');
  await expect(rows).toHaveCount(1);
});

test('screenshots of the audit log in English and Spanish', async ({ browser }) => {
  test.setTimeout(90_000);
  await atEachScreenSize(browser, async (page, size) => {
    await page.goto(dut.preview.url);
    await page.getByRole('button', { name: 'Audit log' }).click();
    await expect(dialog(page).locator('tbody tr').first()).toBeVisible();
    await page.screenshot({ path: `.reports/desk-screens/15-audit-${size.width}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Registro' }).click();
    const es = dialog(page, 'Registro');
    await expect(es.getByRole('button', { name: 'Exportar a CSV' })).toBeVisible();
    await expectNoSeriousViolations(page, 'audit log (es)');
    await page.screenshot({ path: `.reports/desk-screens/15-audit-es-${size.width}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
