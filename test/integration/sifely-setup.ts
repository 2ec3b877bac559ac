import { createSifelyClient, type SifelyClientOptions } from '../../electron/core/sifely/client';
import { md5Hex } from '../../electron/core/sifely/md5';
import { startSifelySimulator, type RunningSimulator } from '../../electron/core/sifely-simulator/server';
import { TEST_INSTANT, testClock, testTime, type TestClock } from '../support/time';

/** A real simulator on 127.0.0.1 and a real client talking HTTP to it (no mocks). */
export interface Rig {
  sim: RunningSimulator;
  /** The one clock of the cloud and the desk in this rig. */
  clock: TestClock;
  now: () => number;
  client: ReturnType<typeof createSifelyClient>;
  account: string;
  password: string;
  lock: (alias: string) => number;
  gatewayOf: (lockId: number) => number;
  admin: (path: string, body?: unknown, method?: string) => Promise<unknown>;
  close: () => Promise<void>;
}

export const FAST_RETRY = { backoffBaseMs: 5, backoffMaxMs: 20, busyDelayMs: 5 };

/** The simulator and the client share one test clock (TEST_INSTANT unless the test gives its own). */
export async function startRig(clientOptions: Partial<SifelyClientOptions> = {}, clock: TestClock = testClock(TEST_INSTANT)): Promise<Rig> {
  const sim = await startSifelySimulator({ now: clock.wall });
  const account = 'desk@hotel.test';
  const password = 'correct horse';
  sim.state.addAccount(account, md5Hex(password));
  sim.state.addLock(account, { lockAlias: 'Room 101', electricQuantity: 81 });
  sim.state.addLock(account, { lockAlias: 'Entrance' });
  sim.state.addLock(account, { lockAlias: 'Annex', hasGateway: false });
  sim.state.addAccount('other@hotel.test', md5Hex('x'));
  sim.state.addLock('other@hotel.test', { lockAlias: 'Not ours' });
  const client = createSifelyClient({
    baseUrl: sim.url,
    account,
    password,
    rateLimit: { perMinute: 0 },
    retry: FAST_RETRY,
    timeoutMs: 2000,
    ...clientOptions,
    time: clientOptions.time ?? testTime(clock),
  });
  return {
    sim,
    clock,
    now: clock.wall,
    client,
    account,
    password,
    lock: (alias) => [...sim.state.locks.values()].find((l) => l.lockAlias === alias)!.lockId,
    gatewayOf: (lockId) => sim.state.gatewaysOf(lockId)[0]!.gatewayId,
    async admin(path, body, method = body === undefined ? 'GET' : 'POST') {
      const res = await fetch(`${sim.url}/__admin/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      return (await res.json()) as unknown;
    },
    close: () => sim.close(),
  };
}

/** The SifelyError a promise rejects with (fails the test if it resolves). */
export async function failure(
  p: Promise<unknown>,
): Promise<{ kind: string; code: number; unclear: boolean; staffMessage: string; detail: string }> {
  try {
    await p;
  } catch (e) {
    return e as { kind: string; code: number; unclear: boolean; staffMessage: string; detail: string };
  }
  throw new Error('expected the call to fail');
}
