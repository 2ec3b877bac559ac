import { test as base } from '@playwright/test';
import { TEST_INSTANT_MS } from '../support/time';

export { expect } from '@playwright/test';
export type { Locator, Page } from '@playwright/test';

/**
 * Every end-to-end test fixes the instant the renderer runs at, as the desk under test does
 * (desk-fixture.ts starts its clock at TEST_INSTANT): Chromium's Date and timers start there and
 * then run at their natural pace, whatever the machine's date.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: TEST_INSTANT_MS });
    await use(page);
  },
});
