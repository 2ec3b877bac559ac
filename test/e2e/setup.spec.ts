import { expect, test } from './fixtures';
import type { SetupState } from '../../shared/domain/setup';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';

let d: DeskUnderTest;
test.beforeAll(async () => {
  d = await startDeskUnderTest();
});
test.afterAll(async () => {
  await d.stop();
});

test('a manager maps a new room to a new lock and the shared entrance; the PIN lock works; a desk clerk is refused setup by the core', async ({
  page,
}) => {
  // A lock the property just installed, on the demo account in the simulator.
  const seeded = await fetch(`${d.simulatorUrl}/__admin/seed`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locks: [{ admin: 'demo@frontdesk.local', lockAlias: 'Room 301', hasGateway: true }] }),
  });
  const newLockId = ((await seeded.json()) as { locks: { lockId: number }[] }).locks[0]!.lockId;

  await page.goto(d.preview.url);
  await page.getByRole('button', { name: 'Setup' }).click();
  const wizard = page.getByRole('dialog', { name: 'Desk setup' });

  await wizard.getByRole('button', { name: 'Staff and PINs' }).click();
  const staffForm = wizard.getByRole('form', { name: 'Staff member' });
  await staffForm.getByLabel('Name').fill('Marta');
  await staffForm.getByLabel('Role').selectOption('manager');
  await staffForm.getByLabel('PIN (4–8 digits)').fill('2580');
  await staffForm.getByRole('button', { name: 'Add staff member' }).click();
  await expect(wizard.getByRole('status')).toHaveText('Marta added as manager.');
  await staffForm.getByLabel('Name').fill('Dev');
  await staffForm.getByLabel('Role').selectOption('desk');
  await staffForm.getByLabel('PIN (4–8 digits)').fill('1357');
  await staffForm.getByRole('button', { name: 'Add staff member' }).click();
  await expect(wizard.getByRole('status')).toHaveText('Dev added as desk.');

  await wizard.getByRole('button', { name: 'Rooms and doors' }).click();
  const roomForm = wizard.getByRole('form', { name: 'Room' });
  await roomForm.getByLabel('Room name').fill('301');
  await roomForm.getByLabel("The room's own lock").selectOption(String(newLockId));
  await roomForm.getByLabel('Entrance').check();
  await roomForm.getByRole('button', { name: 'Save room' }).click();
  await expect(wizard.getByRole('status')).toHaveText('Room 301 saved: Room 301, Entrance.');
  await expect(wizard.getByRole('row', { name: /301 Room 301 Entrance/ })).toBeVisible();

  // The core's own view of the mapping (Marta is signed in: the first manager).
  const state = await d.desk.dispatch('setup:state', {});
  expect(state.ok).toBe(true);
  const room = (state as { value: SetupState }).value.rooms.find((r) => r.name === '301')!;
  expect(room.door).toMatchObject({ lockId: newLockId, kind: 'room' });
  expect(room.sharedDoors.map((s) => s.name)).toEqual(['Entrance']);
  await wizard.getByRole('button', { name: 'Close' }).first().click();

  // Lock, a wrong PIN, then the clerk's PIN.
  await page.getByRole('button', { name: 'Marta · Lock' }).click();
  const gate = page.getByRole('dialog', { name: 'The desk is locked' });
  await expect(gate).toBeVisible();
  expect(await d.desk.dispatch('booking:today', {})).toMatchObject({ ok: false, code: 'forbidden' });
  await gate.getByRole('button', { name: 'Dev' }).click();
  await gate.getByLabel('PIN').fill('0000');
  await gate.getByRole('button', { name: 'Unlock' }).click();
  await expect(gate.getByRole('alert')).toHaveText('That PIN is not right. Please try again.');
  await gate.getByRole('button', { name: 'Dev' }).click();
  await gate.getByLabel('PIN').fill('1357');
  await gate.getByRole('button', { name: 'Unlock' }).click();
  await expect(gate).toBeHidden();

  // Dev (desk role) opens setup: the core refuses, whatever the UI shows.
  await page.getByRole('button', { name: 'Setup' }).click();
  await expect(page.getByRole('dialog', { name: 'Desk setup' }).getByRole('alert')).toContainText('Only a manager can do this');
  const refused = await page.evaluate(async (lockId) => {
    const res = await fetch('/api/invoke/setup:save-room', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '302', door: { lockId, name: 'x' }, sharedDoors: [] }),
    });
    return (await res.json()) as { ok: boolean; code?: string };
  }, newLockId + 1000);
  expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
});
