import { join } from 'node:path';
import { startPreviewServer, type RunningPreview } from '../../electron/preview/server';
import { cloudAndDesk } from '../support/cloud-and-desk';
import { expectNoSeriousViolations } from './desk-helpers';
import { expect, test } from './fixtures';

// A front-desk PC whose clock someone set 4 days fast: the desk learns the lock cloud's time, says
// so in plain words, and the screen's clock and lists follow the cloud's calendar, not the PC's.
const DAY = 86_400_000;
let t: Awaited<ReturnType<typeof cloudAndDesk>>;
let preview: RunningPreview;
test.beforeAll(async () => {
  t = await cloudAndDesk(4 * DAY);
  preview = await startPreviewServer({ desk: t.desk, staticDir: join(import.meta.dirname, '../../dist/renderer') });
});
test.afterAll(async () => {
  await preview.close();
  await t.close();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const) {
  test(`a PC clock 4 days fast shows the banner and the cloud's date (${size.width} px)`, async ({ page }) => {
    await page.setViewportSize(size);
    // The browser runs on the same wrong clock as the PC.
    await page.clock.setFixedTime(t.pcClock.wall());
    await page.goto(preview.url);
    const banner = page.getByRole('alert').filter({ hasText: /clock|reloj/ });
    await expect(banner).toContainText('This PC’s clock is 4 days ahead: fix it in Windows’ date and time settings.');
    await expect(banner).toContainText('the desk uses the lock cloud’s time');
    // The top bar's date is the cloud's (Wednesday 10 June), not the PC's Sunday.
    await expect(page.getByRole('group', { name: 'Property date and time' })).toContainText('10 Jun');
    await expect(page.getByRole('button', { name: /Lukas Novák/ })).toBeVisible(); // still in house
    await page.screenshot({ path: `.reports/desk-screens/13-clock-banner-${size.width}.png` });
    await expectNoSeriousViolations(page, 'clock banner');

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(banner).toContainText('El reloj de este PC va 4 días adelantado');
    await page.screenshot({ path: `.reports/desk-screens/13-clock-banner-es-${size.width}.png` });
    await page.getByRole('button', { name: 'English' }).click();
  });
}
