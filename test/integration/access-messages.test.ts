import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { formatMessage, type WireMessage, english } from '../../shared/messages';
import { openDemoDesk } from './demo-desk';

/**
 * What a Spanish-speaking clerk reads: the core sends catalogue messages (key + params) with every
 * refusal and every per-door reason, and the desk words them in the clerk's language. These go
 * through the real dispatcher, SQLite file and simulator.
 */
let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => ({ desk, close } = await openDemoDesk()));
afterEach(async () => close());

const lockIdOf = (alias: string): number => [...desk.simulator!.state.locks.values()].find((l) => l.lockAlias === alias)!.lockId;
const es = (m: WireMessage | null | undefined): string => formatMessage(m!, 'es');

describe('access messages in the clerk’s language', () => {
  it('a refusal carries its message and parameters, worded in Spanish', async () => {
    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '5550001111' });
    const r = await desk.dispatch('access:issue-card', { bookingId: 2, cardNumber: '5550001111' });
    expect(r).toMatchObject({ ok: false, code: 'conflict', msg: { key: 'access.cardActiveElsewhere' } });
    if (r.ok) return;
    expect(english(r.msg)).toMatch(/^This card is still active for room 101 \(/);
    expect(es(r.msg)).toMatch(/^Esta tarjeta sigue activa para la habitación 101 \(.+\)\. Haga primero la salida/);
  });

  it('an invalid payload and a second check-out are refused in Spanish too', async () => {
    const bad = await desk.dispatch('access:issue-card', { bookingId: 1, cardNumber: 'abc' });
    expect(bad).toMatchObject({ ok: false, msg: { key: 'ipc.invalidRequest' } });
    if (!bad.ok) {
      // The schema's own rule is worded too; zod's generic complaints stay as zod wrote them.
      expect(english(bad.msg)).toBe('Invalid request: a card number is 4 to 20 digits');
      expect(es(bad.msg)).toBe('Petición no válida: un número de tarjeta tiene de 4 a 20 cifras');
    }
    const two = await desk.dispatch('access:issue-card', { bookingId: 'x', cardNumber: '12' });
    if (!two.ok) expect(es(two.msg)).toMatch(/^Petición no válida: .+; un número de tarjeta tiene de 4 a 20 cifras$/);
    expect(two.ok).toBe(false);

    await desk.handlers['access:issue-card']({ bookingId: 1, cardNumber: '5550004444' });
    await desk.handlers['access:check-out']({ bookingId: 1 });
    const again = await desk.dispatch('access:check-out', { bookingId: 1 });
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    if (!again.ok) expect(english(again.msg)).toBe('This guest is already checked out.');
    if (!again.ok) expect(es(again.msg)).toBe('Este huésped ya tiene la salida hecha.');
  });

  it('a door that can never be programmed keeps its reason as a message, read back from SQLite', async () => {
    desk.simulator!.state.locks.get(lockIdOf('Entrance'))!.hasGateway = false;
    await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '5550003333' });
    // Read back through a fresh request: the message survives the database round trip.
    const detail = await desk.handlers['booking:get']({ bookingId: 2 });
    const entrance = detail.credentials.find((c) => c.doorName === 'Entrance')!;
    expect(entrance.state).toBe('failed');
    expect(entrance.error?.key).toMatch(/^sifely\./);
    expect(english(entrance.error!)).toMatch(/gateway/i);
    expect(es(entrance.error)).toMatch(/pasarela/i);
    expect(es(entrance.error)).not.toBe(english(entrance.error!));
  });

  it('a door waiting for its gateway says so in Spanish, with the next step', async () => {
    desk.simulator!.state.locks.get(lockIdOf('Entrance'))!.gatewayOnline = false;
    const issued = await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '5550002222' });
    const entrance = issued.credentials.find((c) => c.doorName === 'Entrance')!;
    expect(entrance.state).toBe('pending');
    expect(entrance.error?.key).toBe('access.sendWhenGatewayBack');
    expect(es(entrance.error)).toMatch(/La recepción la enviará cuando vuelva la pasarela\.$/);
    expect(es(entrance.error)).not.toMatch(/The desk/);
  });

  it('the audit log keeps each note as a message: the manager reads it in Spanish, the record stays in English', async () => {
    await desk.handlers['access:issue-card']({ bookingId: 2, cardNumber: '5550005555' });
    const before = await desk.handlers['booking:get']({ bookingId: 2 });
    await desk.handlers['access:apply-change']({ bookingId: 2, departureMs: before.departureMs + 86_400_000 });
    const { entries } = await desk.handlers['audit:list']({ bookingId: 2 });
    const issue = entries.find((e) => e.action === 'issue-card')!;
    expect(english(issue.detail!)).toBe('card 5550005555 on 2 door(s)');
    expect(es(issue.detail)).toBe('tarjeta 5550005555 en 2 puerta(s)');
    const change = entries.find((e) => e.action === 'change-stay')!;
    // The property's wall time (Europe/Madrid), not epoch milliseconds; old → new (issue 15, rule 7).
    expect(english(change.detail!)).toMatch(/^asked for: departure \d{4}-\d{2}-\d{2} \d{2}:\d{2} → \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(es(change.detail)).toMatch(/^solicitado: salida \d{4}-\d{2}-\d{2} \d{2}:\d{2} → \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('refuses a stay change that would make the stay longer than a year (a mistyped year keeps no card working)', async () => {
    const before = await desk.handlers['booking:get']({ bookingId: 2 });
    const r = await desk.dispatch('access:apply-change', { bookingId: 2, departureMs: before.arrivalMs + 400 * 86_400_000 });
    expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
    if (!r.ok) expect(english(r.msg)).toBe('A stay can be at most a year long.');
    if (!r.ok) expect(es(r.msg)).toBe('Una estancia puede durar como máximo un año.');
    expect((await desk.handlers['booking:get']({ bookingId: 2 })).departureMs).toBe(before.departureMs);
  });
});
