import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import { openDemoDesk } from './demo-desk';
import { worded } from '../support/in-english';

let desk: Desk;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ desk, close } = await openDemoDesk());
});
afterEach(() => close());

const newLocks = (names: string[]) =>
  names.map((n) => desk.simulator!.state.addLock(DEMO_ACCOUNT.account, { lockAlias: n, hasGateway: true }).lockId);
const entrance = async () => (await desk.handlers['setup:state']({})).doors.find((d) => d.name === 'Entrance')!;

describe('setup: rooms in bulk (setup:save-rooms)', () => {
  it('saves every room with its own lock and the shared doors, and audits it once', async () => {
    const ids = newLocks(['Room 301', 'Room 302', 'Room 303']);
    const e = await entrance();
    const { rooms } = await desk.handlers['setup:save-rooms']({
      rooms: ids.map((lockId, i) => ({
        name: `30${i + 1}`,
        door: { lockId, name: `Room 30${i + 1}` },
        sharedDoors: [{ lockId: e.lockId, name: e.name }],
      })),
    });
    expect(rooms.map((r) => [r.name, r.door.lockId, r.sharedDoors.map((d) => d.name)])).toEqual(
      ids.map((id, i) => [`30${i + 1}`, id, ['Entrance']]),
    );
    const { entries } = await desk.handlers['audit:list']({ action: 'setup-room' });
    expect(worded(entries[0]!.detail)).toBe('3 room(s) saved at once: 301, 302, 303');
  });

  it('is all or nothing: one refused room (its lock is already room 101’s door) saves none of them', async () => {
    const [a] = newLocks(['Room 311']);
    const taken = (await desk.handlers['setup:state']({})).rooms.find((r) => r.name === '101')!.door;
    const before = (await desk.handlers['setup:state']({})).rooms.length;
    const r = await desk.dispatch('setup:save-rooms', {
      rooms: [
        { name: '311', door: { lockId: a!, name: 'Room 311' }, sharedDoors: [] },
        { name: '312', door: { lockId: taken.lockId, name: taken.name }, sharedDoors: [] },
      ],
    });
    expect(r).toMatchObject({ ok: false, code: 'conflict' });
    expect((await desk.handlers['setup:state']({})).rooms).toHaveLength(before);
  });
});
