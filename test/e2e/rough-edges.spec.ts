import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { DEMO_ACCOUNT, seedDemoCloud } from '../../electron/core/demo/sample-property';
import { createDesk } from '../../electron/core/desk';
import { startSifelySimulator } from '../../electron/core/sifely-simulator/server';
import { startPreviewServer } from '../../electron/preview/server';
import { TEST_INSTANT, testClock } from '../support/time';

// Issue 20's rough edges, each as a clerk meets it.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

/** The box's right edge, or +∞ when it is not laid out. */
const rightOf = async (page: Page, selector: string): Promise<number> => {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.x + box.width : Number.POSITIVE_INFINITY;
};

test('a cloud outage shows in the lock overview with the last good check time', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByText(/Locks checked/)).toBeVisible();
  const fault = dut.desk.simulator!.faults.add({ error: { status: 503, body: 'Service Unavailable' } });
  try {
    await page.getByRole('button', { name: 'Check locks now' }).click();
    const banner = page.getByTestId('cloud-outage');
    await expect(banner).toContainText('The lock cloud is not answering');
    await expect(banner).toContainText('from the last good check');
    await page.screenshot({ path: '.reports/desk-screens/12-cloud-outage-1366.png' });
  } finally {
    dut.desk.simulator!.faults.remove(fault);
  }
});

test('after first-run setup the desk works without a reload', async ({ page }) => {
  const sim = await startSifelySimulator({ now: testClock(TEST_INSTANT).wall });
  seedDemoCloud(sim.state);
  const dir = mkdtempSync(join(tmpdir(), 'desk-first-run-'));
  const desk = await createDesk({
    dbFile: join(dir, 'desk.sqlite'),
    clock: testClock(TEST_INSTANT),
    sifely: { baseUrl: sim.url, ...DEMO_ACCOUNT, rateLimit: { perMinute: 0 } },
  });
  const preview = await startPreviewServer({ desk, staticDir: join(import.meta.dirname, '../../dist/renderer') });
  try {
    await page.goto(preview.url);
    await page.getByLabel('Name').fill('Marta');
    await page.getByLabel('PIN (4–8 digits)').fill('2580');
    await page.getByRole('button', { name: 'Create manager' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This desk is not set up yet' })).toBeVisible();

    await page.getByRole('button', { name: 'Setup' }).click();
    const wizard = page.getByRole('dialog', { name: 'Desk setup' });
    await wizard.getByRole('button', { name: 'Property and times' }).click();
    await wizard.getByLabel('Property name').fill('Hostal del Puerto');
    await wizard.getByLabel('Time zone').selectOption('Europe/Madrid');
    await wizard.getByRole('button', { name: 'Save property' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Property saved.');
    await wizard.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.brand')).toHaveText('Hostal del Puerto');
    await expect(page.getByText('This desk is not set up yet', { exact: false })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  } finally {
    await preview.close();
    await desk.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Last: it adds staff, and the demo desk keeps its last manager.
test('Spanish at 1366 px with a manager signed in: the clock is on screen and the property name is whole', async ({ page }) => {
  const manager = await dut.desk.handlers['staff:save']({ name: 'Maximiliana Fernández', role: 'manager', pin: '2580' });
  await dut.desk.handlers['staff:unlock']({ staffId: manager.id, pin: '2580' });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(dut.preview.url);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('button', { name: 'Maximiliana Fernández · Bloquear' })).toBeVisible();
    expect(await rightOf(page, '.topbar-clock')).toBeLessThanOrEqual(1366);
    const brand = page.locator('.brand');
    await expect(brand).toHaveText('Casa Azul B&B');
    expect(await brand.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.screenshot({ path: '.reports/desk-screens/10-topbar-manager-es-1366.png', clip: { x: 0, y: 0, width: 1366, height: 120 } });

    // The lock screen hides the desk behind it (no guest names through it) and speaks the clerk's language.
    await page.getByRole('button', { name: 'Maximiliana Fernández · Bloquear' }).click();
    const gate = page.getByRole('dialog', { name: 'La recepción está bloqueada' });
    await expect(gate).toBeVisible();
    const alpha = await page.locator('.staff-gate').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(alpha).toMatch(/^rgb\(/); // rgb(), not rgba(): opaque
    await gate.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('dialog', { name: 'The desk is locked' })).toBeVisible();
    await page.screenshot({ path: '.reports/desk-screens/11-lock-screen-1366.png' });
  } finally {
    await dut.desk.handlers['staff:unlock']({ staffId: manager.id, pin: '2580' });
  }
});
