import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../../electron/core/desk';
import { DEMO_ACCOUNT, seedDemoCloud } from '../../electron/core/demo/sample-property';
import { startSifelySimulator } from '../../electron/core/sifely-simulator/server';
import { startPreviewServer } from '../../electron/preview/server';
import { TEST_INSTANT, testClock } from '../support/time';
import { startDeskUnderTest } from './desk-fixture';
import { expect, test } from './fixtures';

// Issue 17: the first-manager form on a real-account desk, a staff member's own PIN change, a
// manager's reset, the diagnostics export and the feeds' LAN host on the manager's screen.

test('a real-account desk with no staff shows only the first-manager form, and the new manager is signed in', async ({ page }) => {
  const clock = testClock(TEST_INSTANT);
  const simulator = await startSifelySimulator({ now: clock.wall });
  seedDemoCloud(simulator.state);
  const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-first-'));
  const desk = await createDesk({ dbFile: join(dir, 'desk.sqlite'), clock, sifely: { baseUrl: simulator.url, ...DEMO_ACCOUNT } });
  const preview = await startPreviewServer({ desk, staticDir: join(import.meta.dirname, '../../dist/renderer') });
  try {
    await page.goto(preview.url);
    const form = page.getByRole('dialog', { name: 'Create the first manager' });
    await expect(form).toBeVisible();
    await page.screenshot({ path: '.reports/desk-screens/17-first-manager-1366.png' });
    // Nothing behind it answers: the core refuses everything but creating the first manager.
    expect(await desk.dispatch('setup:state', {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await desk.dispatch('booking:today', {})).toMatchObject({ ok: false, code: 'forbidden' });
    // The only dialog on the page is this one (modal: the desk behind cannot be reached).
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect(form.getByRole('button', { name: 'Create manager' })).toBeDisabled();
    await form.getByLabel('Name').fill('Marta');
    await form.getByLabel('PIN (4–8 digits)').fill('2580');
    await form.getByRole('button', { name: 'Create manager' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('button', { name: 'Marta · Lock' })).toBeVisible();
    expect(await desk.dispatch('staff:status', {})).toMatchObject({
      ok: true,
      value: { firstManager: false, current: { name: 'Marta', role: 'manager' } },
    });
  } finally {
    await preview.close();
    await desk.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a clerk changes their own PIN; a manager resets one; the manager exports diagnostics and allows a LAN host', async ({ page }) => {
  const d = await startDeskUnderTest();
  try {
    // Marta (the first member, signed in by the core) adds Dev, a desk clerk.
    await d.desk.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    await d.desk.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' });
    await d.desk.handlers['staff:lock']({});
    await page.goto(d.preview.url);
    const gate = page.getByRole('dialog', { name: 'The desk is locked' });
    const unlockAs = async (name: string, pin: string): Promise<void> => {
      await gate.getByRole('button', { name }).click();
      await gate.getByLabel('PIN').fill(pin);
      await gate.getByRole('button', { name: 'Unlock' }).click();
      await expect(gate).toBeHidden();
    };
    await unlockAs('Dev', '1357');

    // Dev changes their own PIN: a wrong current PIN and two different new ones are refused.
    await page.getByRole('button', { name: 'My PIN' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change my PIN' });
    const fill = async (current: string, next: string, again: string): Promise<void> => {
      await dialog.getByLabel('Current PIN').fill(current);
      await dialog.getByLabel('New PIN (4–8 digits)').fill(next);
      await dialog.getByLabel('New PIN again').fill(again);
      await dialog.getByRole('button', { name: 'Change PIN' }).click();
    };
    await fill('1357', '4680', '4608');
    await expect(dialog.getByRole('alert')).toHaveText('The two new PINs are not the same.');
    await fill('9999', '4680', '4680');
    await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right. Please try again.');
    await fill('1357', '4680', '4680');
    await expect(dialog.getByRole('status')).toHaveText('Your PIN was changed.');
    await page.screenshot({ path: '.reports/desk-screens/17-change-pin-1366.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The new PIN unlocks; the old one no longer does.
    await page.getByRole('button', { name: 'Dev · Lock' }).click();
    await gate.getByRole('button', { name: 'Dev' }).click();
    await gate.getByLabel('PIN').fill('1357');
    await gate.getByRole('button', { name: 'Unlock' }).click();
    await expect(gate.getByRole('alert')).toHaveText('That PIN is not right. Please try again.');
    await unlockAs('Dev', '4680');

    // Marta resets Dev's PIN in setup.
    await page.getByRole('button', { name: 'Dev · Lock' }).click();
    await unlockAs('Marta', '2580');
    await page.getByRole('button', { name: 'Setup' }).click();
    const wizard = page.getByRole('dialog', { name: 'Desk setup' });
    await wizard.getByRole('button', { name: 'Staff and PINs' }).click();
    await wizard.getByRole('listitem').filter({ hasText: 'Dev' }).getByRole('button', { name: 'Reset PIN' }).click();
    const reset = wizard.getByRole('form', { name: 'New PIN for Dev' });
    await reset.getByLabel('New PIN for Dev').fill('7777');
    await reset.getByRole('button', { name: 'Save PIN' }).click();
    await expect(wizard.getByRole('status')).toHaveText("Dev's PIN was changed.");

    // Support: the export goes to the data folder's exports, guest names off unless ticked.
    await wizard.getByRole('button', { name: 'Support' }).click();
    const support = wizard.getByRole('form', { name: 'Support' });
    await expect(support.getByLabel('Include guest names (only if support asks for one guest)')).not.toBeChecked();
    await support.getByRole('button', { name: 'Export diagnostics' }).click();
    const saved = wizard.getByRole('status');
    await expect(saved).toContainText('Saved in ');
    const folder = ((await saved.textContent()) ?? '').replace('Saved in ', '');
    expect(folder).toMatch(/[\\/]exports[\\/]desk-diagnostics-/);
    expect(readdirSync(folder).sort()).toEqual(['desk.sqlite', 'info.json', 'logs']);
    await page.screenshot({ path: '.reports/desk-screens/17-support-1366.png' });

    // The feeds' LAN host: stored in the settings the core reads at each refresh.
    await wizard.getByRole('button', { name: 'Property and times' }).click();
    const hostForm = wizard.getByRole('form', { name: 'Booking feeds on the hotel network' });
    await hostForm.getByLabel('Allowed network host (e.g. nas.local)').fill('http://nas.local/');
    await hostForm.getByRole('button', { name: 'Save host' }).click();
    await expect(wizard.getByRole('alert')).toContainText('a host name only');
    await hostForm.getByLabel('Allowed network host (e.g. nas.local)').fill('NAS.local');
    await hostForm.getByRole('button', { name: 'Save host' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Feeds may now come from nas.local.');
    await page.screenshot({ path: '.reports/desk-screens/17-feed-host-1366.png' });
    expect(await d.desk.dispatch('setup:state', {})).toMatchObject({ ok: true, value: { settings: { feedLanHost: 'nas.local' } } });
    await wizard.getByRole('button', { name: 'Close' }).first().click();

    // Dev's reset PIN works.
    await page.getByRole('button', { name: 'Marta · Lock' }).click();
    await unlockAs('Dev', '7777');
  } finally {
    await d.stop();
  }
});
