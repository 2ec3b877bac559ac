import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, expectNoSeriousViolations, openGuest } from './desk-helpers';
import { english } from '../../shared/messages';

// Issue 20: demo mode explained on first run, a demo card tapped through the reader path, and the
// manager's typed card number for a broken reader.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const intro = (page: Page) => page.getByRole('region', { name: 'This desk is in demo mode' });
const doorsOf = (page: Page) => page.getByRole('list', { name: 'Doors' });

test('the first-run card explains demo mode and stays closed once read; a demo card is read like a real tap', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(intro(page)).toBeVisible();
  await expect(intro(page)).toContainText('No real lock is touched');
  await expectNoSeriousViolations(page, 'demo intro');
  await intro(page).getByRole('button', { name: 'Start trying' }).click();
  await expect(intro(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await expect(intro(page)).toBeHidden();

  // Nobody waiting for a card: the demo card asks "whose card is this?", like a real tap.
  await page.getByRole('button', { name: 'Tap a demo card' }).click();
  const unknown = page.getByText(/Card \d{10} was read\. No guest has this card\./);
  await expect(unknown).toBeVisible();
  const card = /Card (\d{10})/.exec((await unknown.textContent())!)![1]!;
  const status = await dut.desk.handlers['reader:status']({});
  expect(status.lastRead).toMatchObject({ source: 'demo', cardNumber: card });
  await page.keyboard.press('Escape');

  // Issue card, then the same demo card: it is programmed on the guest's doors.
  await openGuest(page, 'Mei Tanaka');
  await page.getByRole('button', { name: 'Issue card' }).click();
  await expect(page.getByText('Tap the guest’s card on the reader')).toBeVisible();
  // Like a real reader, the same card within a second of its last read is one tap: tap again until it counts.
  await expect(async () => {
    await page.getByRole('button', { name: `Tap card ${card} again` }).click();
    await expect(doorsOf(page).getByText(`Card ${card}`).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ intervals: [1_100], timeout: 10_000 });
  await expect(doorsOf(page)).toContainText('Issued');
});

test('a manager types the card number when the reader is broken: checked in main, issued, and in the audit log', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  await page.getByRole('button', { name: 'Issue card' }).click();
  await page.getByRole('button', { name: 'Type a card number by hand' }).click();
  const form = page.getByRole('form', { name: 'Type the card number' });
  const field = form.getByRole('textbox', { name: 'Card number (as printed on the card)' });
  await field.fill('39000x0777');
  await form.getByRole('button', { name: 'Use this number' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'typed card with a problem');
  await field.fill('3900000777');
  await form.getByRole('button', { name: 'Use this number' }).click();
  await expect(doorsOf(page).getByText('Card 3900000777').first()).toBeVisible();
  const { entries } = await dut.desk.handlers['audit:list']({ action: 'typed-card' });
  expect(english(entries[0]!.detail!)).toBe('card 3900000777 typed by hand (reader not used)');
});

test('screenshots of the demo card, the demo tap and the typed card in English and Spanish', async ({ browser }) => {
  test.setTimeout(120_000);
  await atEachScreenSize(
    browser,
    async (page, size) => {
      await page.goto(dut.preview.url);
      await expect(intro(page)).toBeVisible();
      await page.screenshot({ path: `.reports/desk-screens/16-demo-intro-${size.width}.png` });
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.getByRole('region', { name: 'Esta recepción está en modo demostración' })).toBeVisible();
      await expectNoSeriousViolations(page, 'demo intro (es)');
      await page.screenshot({ path: `.reports/desk-screens/16-demo-intro-es-${size.width}.png` });
      await page.getByRole('button', { name: 'English' }).click();
      await openGuest(page, 'Ana García');
      await page.getByRole('button', { name: 'Issue card' }).click();
      await page.getByRole('button', { name: 'Type a card number by hand' }).click();
      await page.screenshot({ path: `.reports/desk-screens/16-demo-awaiting-${size.width}.png` });
      await page.getByRole('button', { name: 'Español' }).click();
      await expect(page.getByRole('button', { name: 'Acercar una tarjeta de demostración' })).toBeVisible();
      await expectNoSeriousViolations(page, 'awaiting a card, demo and typed (es)');
      await page.screenshot({ path: `.reports/desk-screens/16-demo-awaiting-es-${size.width}.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'English' }).click();
    },
    { fixedClock: false },
  );
});
