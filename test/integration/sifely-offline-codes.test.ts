import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, startRig, type Rig } from './sifely-setup';
import { testClock } from '../support/time';

/** The simulator's offline-code rules over real HTTP, at a fixed instant (§10.10, §10.12). */
const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-11T08:20:00Z');

let rig: Rig;
beforeEach(async () => {
  rig = await startRig({}, testClock(NOW, { frozen: true }));
});
afterEach(() => rig.close());

describe('changing an offline (random) code (§10.12)', () => {
  it('is refused with -3008 while the code has never been typed on the lock, and accepted after its first use', async () => {
    const room = rig.lock('Room 101'); // a gateway, so only the -3008 rule can refuse
    const start = Date.parse('2026-03-11T15:00:00Z');
    const end = start + 48 * HOUR;
    const code = await rig.client.getOfflinePasscode({
      lockId: room,
      keyboardPwdType: 3,
      keyboardPwdName: 'FD 101',
      startDate: start,
      endDate: end,
    });
    const change = () =>
      rig.client.changePasscode({ lockId: room, keyboardPwdId: code.keyboardPwdId, startDate: start, endDate: end + 24 * HOUR });
    expect(await failure(change())).toMatchObject({ kind: 'invalid', code: -3008 });
    // A rename only touches the cloud record and is not refused.
    await rig.client.changePasscode({ lockId: room, keyboardPwdId: code.keyboardPwdId, keyboardPwdName: 'FD 101 renamed' });

    const typed = (await rig.admin('keypad', { lockId: room, passcode: code.keyboardPwd, at: start + HOUR })) as { opened: boolean };
    expect(typed.opened).toBe(true);
    await change();
    expect(rig.sim.state.canOpen(room, { passcode: code.keyboardPwd }, end + 12 * HOUR)).toBe(true);
  });
});
