import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { TEST_INSTANT_MS } from '../support/time';
import type { BookingDetail } from '../../shared/domain/booking';
import type { DeskUnderTest } from './desk-fixture';
import { english } from '../../shared/messages';

/** The simulator's lock id for a door alias ('Room 101', 'Entrance'). */
export function lockOf(dut: DeskUnderTest, alias: string): number {
  const lock = [...dut.desk.simulator!.state.locks.values()].find((l) => l.lockAlias === alias);
  if (!lock) throw new Error(`no lock ${alias}`);
  return lock.lockId;
}

/** A gateway outage (or its end) on one lock, in the simulator's own state. */
export function setGateway(dut: DeskUnderTest, alias: string, online: boolean): void {
  dut.desk.simulator!.state.locks.get(lockOf(dut, alias))!.gatewayOnline = online;
}

/** The reader: a burst of keys a few ms apart, then Enter (how a keyboard-wedge reader types). */
export async function tap(page: Page, digits: string): Promise<void> {
  // Real (trusted) key events through the browser's input pipeline, sent without waiting for each
  // other, as fast as a USB reader types: on a loaded machine, keyboard.type's one round trip per
  // key stretched the gaps past the wedge's 40 ms and split the burst, which a real reader never
  // does. No explicit timestamps: the browser stamps each key as it arrives.
  const cdp = await page.context().newCDPSession(page);
  const keys = [...digits].map((ch) => ({
    key: ch,
    code: /\d/.test(ch) ? `Digit${ch}` : `Key${ch.toUpperCase()}`,
    text: ch,
    vk: ch.toUpperCase().charCodeAt(0),
  }));
  keys.push({ key: 'Enter', code: 'Enter', text: '\r', vk: 13 });
  const sent: Promise<unknown>[] = [];
  keys.forEach((k) => {
    const common = { key: k.key, code: k.code, windowsVirtualKeyCode: k.vk };
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: k.text, ...common }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }));
  });
  await Promise.all(sent);
  await cdp.detach();
}

/** The core's view of a booking, found by guest name (the truth the screen is checked against). */
export async function bookingOf(dut: DeskUnderTest, guest: string): Promise<BookingDetail> {
  const found = await dut.desk.dispatch('booking:search', { query: guest });
  if (!found.ok) throw new Error(english(found.msg));
  const b = (found.value as { bookings: { id: number; guestName: string }[] }).bookings.find((x) => x.guestName === guest);
  if (!b) throw new Error(`no booking for ${guest}`);
  const detail = await dut.desk.dispatch('booking:get', { bookingId: b.id });
  if (!detail.ok) throw new Error(english(detail.msg));
  return detail.value as BookingDetail;
}

export async function canOpenWithCode(simulatorUrl: string, lockId: number, passcode: string, atMs: number): Promise<boolean> {
  const res = await fetch(`${simulatorUrl}/__admin/can-open?lockId=${lockId}&passcode=${passcode}&at=${atMs}`);
  return ((await res.json()) as { canOpen: boolean }).canOpen;
}

/** Opens a guest's booking by searching for it, the way a clerk does. */
export async function openGuest(page: Page, guest: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find a guest by name or room' }).fill(guest);
  // Clicked in the search results once they are there: a click on today's lists while the results
  // replace them could land on a row that is being swapped out, and open nothing.
  await page
    .getByRole('region', { name: /^Search results/ })
    .getByRole('button', { name: new RegExp(guest) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: guest })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a guest by name or room' }).fill('');
}

/** Issues a card through the screen: Issue card, then the tap. */
export async function issueCard(page: Page, card: string): Promise<void> {
  await page.getByRole('button', { name: 'Issue card' }).click();
  await expect(page.getByText('Tap the guest’s card on the reader')).toBeVisible();
  await tap(page, card);
}

export const door = (page: Page, name: string) => page.getByRole('list', { name: 'Doors' }).locator(`[data-door="${name}"]`);
export const HOUR = 3_600_000;

/** axe over the page as it is now: no serious or critical WCAG 2.1 A/AA violation, named by state. */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The two screens every view must fit: the kiosk's 1366×768 and a 1920×1080 monitor. */
export const SCREEN_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
export type ScreenSize = (typeof SCREEN_SIZES)[number];

/**
 * Runs `shoot` on a fresh page at each screen size, the renderer's clock fixed at the test instant
 * (`fixedClock: false` for a view that must run its own timers), and closes the page after.
 */
export async function atEachScreenSize(
  browser: Browser,
  shoot: (page: Page, size: ScreenSize) => Promise<void>,
  opts: { fixedClock?: boolean } = {},
): Promise<void> {
  for (const size of SCREEN_SIZES) {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    if (opts.fixedClock ?? true) await page.clock.setFixedTime(TEST_INSTANT_MS);
    await shoot(page, size);
    await context.close();
  }
}
