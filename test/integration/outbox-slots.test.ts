import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk, until } from './demo-desk';

/**
 * docs/product.md "Rush hour": "clerk-facing calls never queue behind sweeps or verification". Background
 * operations that wait (here: verification lists the cloud answers slowly) may hold at most two of
 * the outbox worker's six slots, so a check-in's operations start at once. Without the cap, the
 * twelve verifications of three check-outs fill every slot and the card below is still pending when
 * the desk answers the clerk (its interactive wait is 5 s, the lists take 8 s).
 */
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => ({ desk, close } = await openDemoDesk()));
afterEach(async () => close());

describe('outbox slots', () => {
  it('a check-in goes out while slow background verifications are in flight', { timeout: 30_000 }, async () => {
    const today = await desk.handlers['booking:today']({});
    const [arriving, ...others] = [...today.arrivals, ...today.inHouse];
    const leaving = others.slice(0, 3);
    expect(leaving).toHaveLength(3);
    for (const [i, b] of leaving.entries()) {
      await desk.handlers['access:issue-card']({ bookingId: b.id, cardNumber: `55500${i}7777` });
      await desk.handlers['access:issue-passcode']({ bookingId: b.id });
    }
    // Every list the verifications make now takes 8 s at the cloud.
    for (const path of ['/v3/identityCard/list', '/v3/keyboardPwd/list']) desk.simulator!.faults.add({ path, latencyMs: 8_000 });
    for (const b of leaving) await desk.handlers['access:check-out']({ bookingId: b.id });
    // The 12 verifications come due 3 s after their deletes; wait until they hold their slots.
    await until(async () => (await desk.handlers['outbox:status']({})).sending >= 2, 10_000);

    // Let the rest come due too (all 12 were queued within a few ms of each other).
    await new Promise((r) => setTimeout(r, 1_000));
    const issued = await desk.handlers['access:issue-card']({ bookingId: arriving!.id, cardNumber: '5550299999' });
    expect(issued.credentials.filter((c) => c.kind === 'card').map((c) => c.state)).toEqual(['issued', 'issued']);
    // The verifications were still waiting on the cloud: the card did not wait for them.
    const status = await desk.handlers['outbox:status']({});
    expect(status.sending + status.queued).toBeGreaterThanOrEqual(2);
  });
});
