import { startDeskUnderTest } from './desk-fixture';
import { expect, test } from './fixtures';

// Issue 14: the staff status lives in one store slice, so every part of the screen that shows it
// (the lock screen, the lock and PIN buttons, manager-only actions) reads one request's answer.
test('the desk asks for the staff status once when it loads', async ({ page }) => {
  const d = await startDeskUnderTest();
  try {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/invoke/staff%3Astatus') || r.url().includes('/api/invoke/staff:status')) asked.push(r.url());
    });
    await page.goto(d.preview.url);
    await expect(page.getByRole('button', { name: 'Setup' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    console.log(`staff:status requests at load: ${asked.length}`);
    expect(asked).toHaveLength(1);
  } finally {
    await d.stop();
  }
});
