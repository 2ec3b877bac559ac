import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskBridge } from '../../shared/ipc/bridge';

type DeskWindow = Window & { desk: DeskBridge };

/**
 * The real Electron app (after `npm run build`): demo mode on a fresh data folder, the page on
 * app://desk, window.desk working through the sandboxed preload, and the hardening visible from
 * inside the renderer (no Node, no network of its own, no new windows).
 */
test('the desk starts in demo mode and the renderer is locked down', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'desk-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`] });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/desk\//);

    const status = await page.evaluate(() => (window as DeskWindow).desk.invoke('desk:status', {}));
    expect(status.ok).toBe(true);
    if (status.ok) expect(status.value.demo).toBe(true);

    const invalid = await page.evaluate(() =>
      (window as unknown as { desk: { invoke(c: string, r: unknown): Promise<unknown> } }).desk.invoke('booking:get', { bookingId: 'x' }),
    );
    expect(invalid).toMatchObject({ ok: false, code: 'invalid-request' });

    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const remote = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(remote).toBe('blocked');
    await page.evaluate(() => window.open('https://example.com/'));
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});

/**
 * Quitting goes through the orderly close (electron/main/shutdown.ts): `before-quit` is held until
 * the desk has closed its database, which leaves the clean-close marker beside it. app.close()
 * quits the app the way a manager's "Quit the desk" does (app.quit()).
 */
test('quitting closes the database before the process ends', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'desk-electron-'));
  try {
    const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`] });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect.poll(() => existsSync(join(userData, 'demo.sqlite'))).toBe(true);
    expect(existsSync(join(userData, 'demo.sqlite.clean'))).toBe(false); // removed while the desk runs
    // A stray rejection in main is logged, not shown as Electron's error dialog (process-guards.ts).
    await app.evaluate(() => {
      void Promise.reject(new Error('smoke: unhandled on purpose'));
    });
    expect(app.windows()).toHaveLength(1);
    await app.close();
    expect(existsSync(join(userData, 'demo.sqlite.clean'))).toBe(true);
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
