import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import { createSettingsRepo } from '../../electron/core/db/repos/settings.repo';
import { qrMatrix } from '../../electron/core/slip/qr';
import type { SetupState } from '../../shared/domain/setup';
import { openDemoDesk } from './demo-desk';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('migration 0050 (staff and settings)', () => {
  it('makes STRICT tables that refuse a short salt, a blank name and a non-JSON setting', () => {
    const db = openDatabase(':memory:');
    const ins = db.prepare('INSERT INTO staff (name, role, pin_kdf, pin_salt, pin_hash, updated_ms) VALUES (?, ?, ?, ?, ?, 0)');
    expect(() => ins.run('A', 'desk', 'scrypt', Buffer.alloc(8), Buffer.alloc(32))).toThrow(/CHECK/);
    expect(() => ins.run('  ', 'desk', 'scrypt', Buffer.alloc(16), Buffer.alloc(32))).toThrow(/CHECK/);
    expect(() => ins.run('A', 'owner', 'scrypt', Buffer.alloc(16), Buffer.alloc(32))).toThrow(/CHECK/);
    ins.run('Ana', 'desk', 'scrypt', Buffer.alloc(16), Buffer.alloc(32));
    expect(() => ins.run('ANA', 'desk', 'scrypt', Buffer.alloc(16), Buffer.alloc(32))).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO desk_settings (key, value, updated_ms) VALUES ('x', 'not json', 0)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('settings fall back to the default when a stored value is out of range', () => {
    const db = openDatabase(':memory:');
    const settings = createSettingsRepo(db, () => 0);
    expect(settings.get().passcodeLength).toBe(6);
    settings.save({ passcodeLength: 8, houseText: 'Wi-Fi: Casa' });
    db.prepare("UPDATE desk_settings SET value = '99' WHERE key = 'passcodeLength'").run();
    expect(settings.get()).toMatchObject({ passcodeLength: 6, houseText: 'Wi-Fi: Casa' });
    db.close();
  });
});

describe('setup: rooms, doors and the Sifely account', () => {
  it('refuses a lock that is already another room’s door, a room door used as shared, and a door change under live guests', async () => {
    const { desk, close } = await openDemoDesk();
    closers.push(close);
    const state = (await desk.dispatch('setup:state', {})) as { value: SetupState };
    const [r101, r102] = state.value.rooms;
    const entrance = r101!.sharedDoors[0]!;
    expect(
      await desk.dispatch('setup:save-room', { name: '999', door: { lockId: r101!.door.lockId, name: 'x' }, sharedDoors: [] }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    expect(
      await desk.dispatch('setup:save-room', { name: '999', door: { lockId: entrance.lockId, name: 'x' }, sharedDoors: [] }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    const today = (await desk.dispatch('booking:today', {})) as { value: { inHouse: { id: number; roomId: number }[] } };
    const guest = today.value.inHouse[0]!;
    await desk.dispatch('access:issue-passcode', { bookingId: guest.id });
    const room = state.value.rooms.find((r) => r.id === guest.roomId)!;
    const other = [r101, r102].find((r) => r!.id !== room.id)!;
    expect(
      await desk.dispatch('setup:save-room', {
        roomId: room.id,
        name: room.name,
        door: { lockId: room.door.lockId, name: room.door.name },
        sharedDoors: [],
      }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    // Renaming without touching doors is fine.
    expect(
      await desk.dispatch('setup:save-room', {
        roomId: other.id,
        name: `${other.name}A`,
        door: { lockId: other.door.lockId, name: other.door.name },
        sharedDoors: other.sharedDoors.map((d) => ({ lockId: d.lockId, name: d.name })),
      }),
    ).toMatchObject({ ok: true });
  });

  it('tests a Sifely sign-in against the simulator and never returns the password; a wrong one is a clear error', async () => {
    const { desk, close } = await openDemoDesk();
    closers.push(close);
    const good = await desk.dispatch('setup:sifely-login', { baseUrl: desk.simulator!.url, ...DEMO_ACCOUNT });
    expect(good).toMatchObject({ ok: true, value: { account: DEMO_ACCOUNT.account, stored: 'memory' } });
    expect((good as { value: { locks: number } }).value.locks).toBeGreaterThan(0);
    const bad = await desk.dispatch('setup:sifely-login', {
      baseUrl: desk.simulator!.url,
      account: DEMO_ACCOUNT.account,
      password: 'wrong-password',
    });
    expect(bad).toMatchObject({ ok: false, code: 'sifely' });
    const all = JSON.stringify([good, bad, await desk.dispatch('setup:state', {})]);
    expect(all).not.toContain(DEMO_ACCOUNT.password);
    expect(
      await desk.dispatch('setup:save-property', { name: 'X', timeZone: 'Mars/Base', checkInTime: '15:00', checkOutTime: '11:00' }),
    ).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('the QR encoder sizes by content and refuses text beyond its versions', () => {
    expect(qrMatrix('hello').length).toBe(21);
    expect(qrMatrix('x'.repeat(300)).length).toBe(4 * 13 + 17);
    expect(() => qrMatrix('x'.repeat(500))).toThrow(RangeError);
  });
});
