import { expect, test, type Page } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, door, HOUR, issueCard, lockOf, openGuest } from './desk-helpers';

// Lifecycle row 5: extend, shorten and move, each with a preview of every door before applying.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const DAY = 24 * HOUR;
const madridDate = (ms: number): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(ms);

async function changeDeparture(page: Page, toMs: number): Promise<void> {
  await page.getByRole('button', { name: 'Extend / change dates' }).click();
  const dialog = page.getByRole('dialog', { name: /Change the stay of/ });
  await dialog.getByLabel('Departure date').fill(madridDate(toMs));
  await dialog.getByRole('button', { name: 'Show what changes' }).click();
  const steps = dialog.getByRole('region', { name: 'What will change on each door' });
  // One line per card or code, naming every door it changes on.
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(steps).toContainText('Card ');
  await expect(steps).toContainText('Room');
  await expect(steps).toContainText('Entrance');
  await expect(steps).toContainText('card valid until');
  await dialog.getByRole('button', { name: 'Apply to every door' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('outcome')).toContainText('Every door is updated.');
}

test('extending a stay moves the card’s end on every door, after a preview', async ({ page }) => {
  const card = '3300000001';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Ana García');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  const before = await bookingOf(dut, 'Ana García');
  await changeDeparture(page, before.departureMs + DAY);

  const after = await bookingOf(dut, 'Ana García');
  expect(after.departureMs).toBe(before.departureMs + DAY);
  for (const alias of ['Room 101', 'Entrance']) {
    expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), card, before.departureMs + HOUR)).toBe(true);
    expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), card, after.departureMs + 60_000)).toBe(false);
  }
});

test('shortening a stay ends the card earlier on every door', async ({ page }) => {
  const card = '3300000002';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Lukas Novák');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  const before = await bookingOf(dut, 'Lukas Novák');
  await changeDeparture(page, before.departureMs - DAY);

  const after = await bookingOf(dut, 'Lukas Novák');
  for (const alias of ['Room 202', 'Entrance']) {
    expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), card, after.departureMs - HOUR)).toBe(true);
    expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), card, after.departureMs + HOUR)).toBe(false);
  }
});

test('a room move takes the card off the old room and onto the new one, keeping the entrance', async ({ page }) => {
  const card = '3300000003';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Mei Tanaka');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');

  // Every room is held this morning; 103 frees up once Olivia has left (a move into a room another
  // guest still holds is refused: issue 15, rule 2).
  const olivia = await bookingOf(dut, 'Olivia Smith');
  expect((await dut.desk.dispatch('access:check-out', { bookingId: olivia.id })).ok).toBe(true);
  await page.getByRole('button', { name: 'Move room' }).click();
  const dialog = page.getByRole('dialog', { name: /Move Mei Tanaka/ });
  await dialog.getByLabel('Room').selectOption({ label: '103' });
  await expect(dialog.getByTestId('room-health-ok')).toHaveText('All locks of room 103 can be programmed.');
  await dialog.getByRole('button', { name: 'Show what changes' }).click();
  const steps = dialog.getByRole('region', { name: 'What will change on each door' });
  await expect(steps.getByRole('listitem').filter({ hasText: 'Room 201' })).toContainText('remove the card');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Room 103' })).toContainText('add the card');
  await dialog.getByRole('button', { name: 'Apply to every door' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Mei Tanaka' })).toBeVisible();
  await expect(page.getByText(/^Room\s*103/).first()).toBeVisible();
  await expect(door(page, 'Room 103').locator('[data-state="issued"]')).toBeVisible();

  const b = await bookingOf(dut, 'Mei Tanaka');
  const during = b.arrivalMs + HOUR;
  await expect.poll(() => canOpen(dut.simulatorUrl, lockOf(dut, 'Room 201'), card, during)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 103'), card, during)).toBe(true);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Entrance'), card, during)).toBe(true);
});
