import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import { TEST_INSTANT, testClock } from '../support/time';
import { openDemoDesk } from './demo-desk';
import { signInManager } from '../support/desk-manager';
import { worded } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function demoDesk(): Promise<{ d: Desk; cards: string[] }> {
  const opened = await openDemoDesk();
  closers.push(opened.close);
  const cards: string[] = [];
  opened.desk.on('reader:card', (c) => cards.push(`${c.source}:${c.cardNumber}`));
  return { d: opened.desk, cards };
}

describe('demo mode’s "tap a demo card" (reader:demo-tap)', () => {
  it('goes through the reader service like a real tap: decoded by the profile, one tap per second, the card in the reply (a renderer request, like a keyboard read)', async () => {
    const { d, cards } = await demoDesk();
    const first = await d.handlers['reader:demo-tap']({ again: false });
    expect(first.accepted).toBe(true);
    expect(first.cardNumber).toMatch(/^\d{10}$/);
    // Only the HID reader pushes 'reader:card'; the renderer asked, so the reply carries the card.
    expect(cards).toEqual([]);
    expect((await d.handlers['reader:status']({})).lastRead).toMatchObject({ source: 'demo', cardNumber: first.cardNumber });
    // The same card again within a second is one tap, as on a real reader.
    expect(await d.handlers['reader:demo-tap']({ again: true })).toMatchObject({ accepted: false, cardNumber: first.cardNumber });
    const second = await d.handlers['reader:demo-tap']({ again: false });
    expect(second).toMatchObject({ accepted: true });
    expect(second.cardNumber).not.toBe(first.cardNumber);
  });

  it('a demo card issued to a guest opens their door on the simulated lock', async () => {
    const { d } = await demoDesk();
    const tap = await d.handlers['reader:demo-tap']({ again: false });
    const issued = await d.handlers['access:issue-card']({ bookingId: 1, cardNumber: tap.cardNumber! });
    const lock = [...d.simulator!.state.locks.values()].find((l) => l.lockAlias === 'Room 101')!;
    expect(d.simulator!.state.canOpen(lock.lockId, { card: tap.cardNumber! }, issued.arrivalMs + 3_600_000)).toBe(true);
  });

  it('is refused on a desk with a real Sifely account', async () => {
    const { d: sim } = await demoDesk();
    const dir = mkdtempSync(join(tmpdir(), 'desk-test-'));
    const real = await createDesk({
      dbFile: join(dir, 'desk.sqlite'),
      timeZone: 'Europe/Madrid',
      clock: testClock(TEST_INSTANT),
      sifely: { baseUrl: sim.simulator!.url, ...DEMO_ACCOUNT },
    });
    closers.push(async () => {
      await real.close();
      rmSync(dir, { recursive: true, force: true });
    });
    expect(real.demo).toBe(false);
    await signInManager(real);
    // Signed in as a manager: the refusal is demo mode's, not the staff lock's.
    expect((await real.dispatch('reader:status', {})).ok).toBe(true);
    expect(await real.dispatch('reader:demo-tap', {})).toMatchObject({ ok: false, code: 'forbidden', msg: { key: 'reader.demoOnly' } });
  });
});

describe('a manager types the card number when the reader is broken (reader:typed-card)', () => {
  it('is delivered like a read, recorded in the audit log under the manager’s name; a clerk is refused; non-digits never reach the core', async () => {
    const { d, cards } = await demoDesk();
    await d.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    await d.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' });
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: 1, pin: '2580' })).ok).toBe(true);

    expect(await d.dispatch('reader:typed-card', { cardNumber: '3661413478' })).toMatchObject({
      ok: true,
      value: { accepted: true, cardNumber: '3661413478' },
    });
    expect((await d.handlers['reader:status']({})).lastRead).toMatchObject({ source: 'typed', cardNumber: '3661413478' });
    const { entries } = await d.handlers['audit:list']({ action: 'typed-card' });
    expect(worded(entries[0])).toMatchObject({ staff: 'Marta', detail: 'card 3661413478 typed by hand (reader not used)' });

    expect(await d.dispatch('reader:typed-card', { cardNumber: '36614x3478' })).toMatchObject({ ok: false, code: 'invalid-request' });
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: 2, pin: '1357' })).ok).toBe(true);
    expect(await d.dispatch('reader:typed-card', { cardNumber: '1111222233' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await d.handlers['reader:status']({})).lastRead).toMatchObject({ source: 'typed', cardNumber: '3661413478' });
    expect(cards).toEqual([]);
  });
});
