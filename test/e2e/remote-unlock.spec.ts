import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { door, lockOf, openGuest, setGateway } from './desk-helpers';

// A manager opens a door from the desk (§10.16). The demo desk has no staff yet, so it
// runs with manager rights (first-run setup); the last test adds staff and signs a clerk in.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const lock = (alias: string) => dut.desk.simulator!.state.locks.get(lockOf(dut, alias))!;
const unlockRecords = (alias: string) =>
  dut.desk.simulator!.state.records.filter((r) => r.lockId === lockOf(dut, alias) && r.recordType === 12);

test('Unlock now asks first, opens the door through its gateway by keyboard, and the audit log shows it', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  const button = door(page, 'Room 102').getByRole('button', { name: 'Unlock Room 102 now' });
  await expect(button).toHaveText('Unlock now');

  // Changing one's mind leaves the lock shut.
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Unlock Room 102' });
  await expect(dialog.getByText('Open Room 102 now? The lock opens for a few seconds and relocks itself.')).toBeVisible();
  await page.screenshot({ path: '.reports/desk-screens/12-unlock-confirm-1366.png' });
  await dialog.getByRole('button', { name: 'Keep it locked' }).click();
  await expect(dialog).toBeHidden();
  expect(lock('Room 102').openState).not.toBe(1);
  expect(unlockRecords('Room 102')).toHaveLength(0);

  // By keyboard: focus the action, Enter opens the question with Close focused (a stray Enter
  // opens nothing), Tab reaches the confirm button.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Yes, open Room 102' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText(/^Room 102 opened at .+\. It relocks itself in a few seconds\.$/);
  await page.screenshot({ path: '.reports/desk-screens/12-unlock-opened-1366.png' });
  expect(lock('Room 102').openState).toBe(1);
  expect(unlockRecords('Room 102')).toHaveLength(1);
  expect(lock('Entrance').openState).not.toBe(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Audit log' }).click();
  await expect(page.getByRole('dialog', { name: 'Audit log' }).getByText('Room 102 opened remotely')).toBeVisible();
});

test('a door whose gateway is offline does not open, and the reason is said in plain words', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  setGateway(dut, 'Entrance', false);
  try {
    await door(page, 'Entrance').getByRole('button', { name: 'Unlock Entrance now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unlock Entrance' });
    await dialog.getByRole('button', { name: 'Yes, open Entrance' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Entrance did not open. The gateway of this lock is offline. Check its power and network, or use an offline code.',
    );
    expect(lock('Entrance').openState).not.toBe(1);
    expect(unlockRecords('Entrance')).toHaveLength(0);
  } finally {
    setGateway(dut, 'Entrance', true);
  }
});

test('in Spanish: a lock with remote unlock switched off says why, in Spanish', async ({ page }) => {
  lock('Room 201').remoteEnable = false;
  try {
    await page.goto(dut.preview.url);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('searchbox', { name: 'Buscar huésped por nombre o habitación' }).fill('Mei Tanaka');
    await page
      .getByRole('navigation', { name: 'Huéspedes' })
      .getByRole('button', { name: /Mei Tanaka/ })
      .first()
      .click();
    const row = page.getByRole('list', { name: 'Puertas' }).locator('[data-door="Room 201"]');
    await row.getByRole('button', { name: 'Abrir Room 201 ahora' }).click();
    const dialog = page.getByRole('dialog', { name: 'Abrir Room 201' });
    await expect(dialog.getByText('¿Abrir Room 201 ahora? La cerradura se abre unos segundos y vuelve a cerrarse sola.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Sí, abrir Room 201' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Room 201 no se ha abierto. Esta cerradura no admite esa función, o la función está desactivada en la app de Sifely.',
    );
    expect(lock('Room 201').openState).not.toBe(1);
    expect(unlockRecords('Room 201')).toHaveLength(0);
  } finally {
    lock('Room 201').remoteEnable = true;
  }
});

test('a desk clerk does not see Unlock now (and the core refuses the call anyway)', async ({ page }) => {
  const manager = await dut.desk.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
  const clerk = await dut.desk.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' });
  await dut.desk.handlers['staff:lock']({});
  await dut.desk.handlers['staff:unlock']({ staffId: clerk.id, pin: '1357' });
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  await expect(door(page, 'Room 102').getByText('Room 102', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Unlock .* now$/ })).toHaveCount(0);
  expect(await dut.desk.dispatch('lock:unlock', { doorId: 1 })).toMatchObject({ ok: false, code: 'forbidden' });

  // The manager signs in: the action is back.
  await dut.desk.handlers['staff:unlock']({ staffId: manager.id, pin: '2580' });
  await page.reload();
  await openGuest(page, 'Tom Becker');
  await expect(door(page, 'Room 102').getByRole('button', { name: 'Unlock Room 102 now' })).toBeVisible();
});
