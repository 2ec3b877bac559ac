import { expect, test, type Page } from './fixtures';
import type { SetupState } from '../../shared/domain/setup';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, expectNoSeriousViolations } from './desk-helpers';

// Issue 20: rooms in bulk (a range, a lock-name pattern, a preview), the time zone from the IANA
// list, and the reader's settings in plain words.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
  // The property has just installed locks "Room 401" … "Room 410", but "Room 405" is not on the account yet.
  const names = Array.from({ length: 10 }, (_, i) => `Room ${401 + i}`).filter((n) => n !== 'Room 405');
  await fetch(`${dut.simulatorUrl}/__admin/seed`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locks: names.map((lockAlias) => ({ admin: 'demo@frontdesk.local', lockAlias, hasGateway: true })) }),
  });
});
test.afterAll(async () => {
  await dut.stop();
});

const wizard = (page: Page) => page.getByRole('dialog', { name: 'Desk setup' });

async function roomsStep(page: Page): Promise<void> {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Setup' }).click();
  await wizard(page).getByRole('button', { name: 'Rooms and doors' }).click();
}

async function previewRange(page: Page, first: string, last: string): Promise<void> {
  const bulk = wizard(page).getByRole('region', { name: 'Add many rooms at once' });
  await bulk.getByLabel('First room').fill(first);
  await bulk.getByLabel('Last room').fill(last);
  await bulk.getByRole('checkbox', { name: 'Entrance' }).check();
  await bulk.getByRole('button', { name: 'Show the rooms' }).click();
}

test('ten rooms from a range and a lock-name pattern: previewed first, then saved at once with the shared entrance', async ({ page }) => {
  await roomsStep(page);
  await previewRange(page, '401', '410');
  const table = wizard(page).getByRole('table', { name: 'Rooms to add' });
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(table.getByRole('row', { name: /405 Room 405 Left out: no lock named “Room 405”/ })).toBeVisible();
  await expect(table.getByText('Will be added')).toHaveCount(9);
  // Nothing is saved by the preview.
  expect(((await dut.desk.dispatch('setup:state', {})) as { value: SetupState }).value.rooms.some((r) => r.name === '401')).toBe(false);
  await expectNoSeriousViolations(page, 'bulk rooms preview');

  await wizard(page).getByRole('button', { name: 'Save 9 rooms' }).click();
  await expect(wizard(page).getByRole('status')).toHaveText('9 rooms saved.');
  const rooms = ((await dut.desk.dispatch('setup:state', {})) as { value: SetupState }).value.rooms.filter((r) => r.name.startsWith('4'));
  expect(rooms.map((r) => r.name)).toEqual(['401', '402', '403', '404', '406', '407', '408', '409', '410']);
  expect(rooms.every((r) => r.door.name === `Room ${r.name}` && r.sharedDoors.map((d) => d.name).join() === 'Entrance')).toBe(true);

  // The same range again: every room is already set up and nothing is left to save.
  await previewRange(page, '401', '404');
  await expect(wizard(page).getByText('Already set up: left as it is')).toHaveCount(4);
  await expect(wizard(page).getByRole('button', { name: 'Save 0 rooms' })).toBeDisabled();
});

test('the time zone is chosen from the IANA list, and the reader’s settings say what they do without API names', async ({ page }) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Setup' }).click();
  await wizard(page).getByRole('button', { name: 'Property and times' }).click();
  const zone = wizard(page).getByRole('combobox', { name: /Time zone/ });
  await expect(zone).toHaveValue('Europe/Madrid');
  expect(await zone.locator('option').count()).toBeGreaterThan(300);
  await expect(zone.locator('option[value="Asia/Tokyo"]')).toHaveText(/^Tokyo \(UTC\+09:00\)$/);
  await zone.selectOption('Asia/Tokyo');
  await wizard(page).getByRole('button', { name: 'Save property' }).click();
  await expect(wizard(page).getByRole('status')).toHaveText('Property saved.');
  expect(((await dut.desk.dispatch('setup:state', {})) as { value: SetupState }).value.property!.timeZone).toBe('Asia/Tokyo');
  await zone.selectOption('Europe/Madrid');
  await wizard(page).getByRole('button', { name: 'Save property' }).click();
  await expect(wizard(page).getByRole('status')).toHaveText('Property saved.');
  await wizard(page).getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: 'Reader' }).click();
  const reader = page.getByRole('dialog', { name: 'Card reader' });
  await expect(reader.getByText('How a card is sent to the locks')).toBeVisible();
  await expect(reader).not.toContainText('identityCard');
  await expect(reader).not.toContainText('addForReversedCardNumber');
  await expect(reader).not.toContainText('8H10D');
});

test('screenshots of the bulk preview and the time zone picker in English and Spanish', async ({ browser }) => {
  test.setTimeout(120_000);
  await atEachScreenSize(browser, async (page, size) => {
    await roomsStep(page);
    await previewRange(page, '399', '405');
    await expect(wizard(page).getByRole('table', { name: 'Rooms to add' })).toBeVisible();
    await page.screenshot({ path: `.reports/desk-screens/17-bulk-rooms-${size.width}.png` });
    await wizard(page).getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Configuración' }).click();
    const es = page.getByRole('dialog', { name: 'Configuración de recepción' });
    await es.getByRole('button', { name: 'Habitaciones y puertas' }).click();
    const bulk = es.getByRole('region', { name: 'Añadir muchas habitaciones a la vez' });
    await bulk.getByLabel('Primera habitación').fill('399');
    await bulk.getByLabel('Última habitación').fill('405');
    await bulk.getByRole('button', { name: 'Mostrar las habitaciones' }).click();
    await expect(es.getByRole('table', { name: 'Habitaciones que añadir' })).toBeVisible();
    await expectNoSeriousViolations(page, 'bulk rooms (es)');
    await page.screenshot({ path: `.reports/desk-screens/17-bulk-rooms-es-${size.width}.png` });
    await es.getByRole('button', { name: 'Alojamiento y horarios' }).click();
    await page.screenshot({ path: `.reports/desk-screens/17-time-zone-es-${size.width}.png` });
    await es.getByRole('button', { name: 'Cerrar' }).first().click();
    await page.getByRole('button', { name: 'English' }).click();
  });
});
