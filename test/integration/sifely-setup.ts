import { createSifelyClient, type SifelyClientOptions } from '../../electron/core/sifely/client';
import { md5Hex } from '../../electron/core/sifely/md5';
import { startSifelySimulator, type RunningSimulator } from '../../electron/core/sifely/simulator/server';

/** A real simulator on 127.0.0.1 and a real client talking HTTP to it (no mocks). */
export interface Rig {
  sim: RunningSimulator;
  client: ReturnType<typeof createSifelyClient>;
  account: string;
  password: string;
  lock: (alias: string) => number;
  gatewayOf: (lockId: number) => number;
  admin: (path: string, body?: unknown, method?: string) => Promise<unknown>;
  close: () => Promise<void>;
}

export const FAST_RETRY = { backoffBaseMs: 5, backoffMaxMs: 20, busyDelayMs: 5 };

export async function startRig(clientOptions: Partial<SifelyClientOptions> = {}, simNow?: () => number): Promise<Rig> {
  const sim = await startSifelySimulator(simNow ? { now: simNow } : {});
  const account = 'desk@hotel.test';
  const password = 'correct horse';
  sim.state.addAccount(account, md5Hex(password));
  sim.state.addLock(account, { lockAlias: 'Room 101', electricQuantity: 81 });
  sim.state.addLock(account, { lockAlias: 'Entrance' });
  sim.state.addLock(account, { lockAlias: 'Annex', hasGateway: false });
  sim.state.addAccount('other@hotel.test', md5Hex('x'));
  sim.state.addLock('other@hotel.test', { lockAlias: 'Not ours' });
  const client = createSifelyClient({ baseUrl: sim.url, account, password, rateLimit: { perMinute: 0 }, retry: FAST_RETRY, timeoutMs: 2000, ...clientOptions });
  return {
    sim,
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
export async function failure(p: Promise<unknown>): Promise<{ kind: string; code: number; unclear: boolean; staffMessage: string; detail: string }> {
  try {
    await p;
  } catch (e) {
    return e as { kind: string; code: number; unclear: boolean; staffMessage: string; detail: string };
  }
  throw new Error('expected the call to fail');
}
