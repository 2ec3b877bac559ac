import { test as base } from '@playwright/test';
import { TEST_INSTANT_MS } from '../support/time';

export { expect } from '@playwright/test';
export type { Locator, Page } from '@playwright/test';

/**
 * Every end-to-end test fixes the instant the renderer runs at, as the desk under test does
 * (desk-fixture.ts starts its clock at TEST_INSTANT): Chromium's Date stands there, whatever the
 * machine's date. Only Date: `clock.install` would also fake performance.now() and key events'
 * timeStamp, which the keyboard-wedge reader measures its 40 ms gaps with (a tap then split under
 * load); the renderer's dates follow the desk's time anyway (store/deskNow.ts).
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(TEST_INSTANT_MS);
    await use(page);
  },
});
