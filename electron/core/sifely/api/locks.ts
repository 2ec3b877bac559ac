import { unexpected, type CallOptions } from '../transport';
import { collectPages, asPage } from '../paging';
import { asNum, stripSecrets } from '../sanitize';
import type { KeyInfo, LockDetail, LockListItem, OpenState, Page } from '../types';
import { record, type Call } from './call';

/** Locks: owner list (§10.22), account ekeys (§10.7), detail (§10.18), open state (§10.21), remote unlock/lock (§10.16–17). */
export function lockEndpoints(call: Call) {
  const lockItem = (raw: Record<string, unknown>): LockListItem => ({ ...stripSecrets(raw), lockId: asNum(raw['lockId']) }) as LockListItem;

  async function listLocks(pageNo = 1, pageSize = 100, opts?: CallOptions): Promise<Page<LockListItem>> {
    // POST is enforced for this list (§10.22: GET → HTTP 500).
    return asPage(await call('POST', '/v3/lock/list', { pageNo, pageSize }, 'read', opts), lockItem);
  }

  async function listKeys(pageNo = 1, pageSize = 100, opts?: CallOptions): Promise<Page<KeyInfo>> {
    return asPage(
      await call('POST', '/v3/key/list', { pageNo, pageSize }, 'read', opts),
      (raw) => ({ ...stripSecrets(raw), lockId: asNum(raw['lockId']) }) as KeyInfo,
    );
  }

  async function command(path: string, lockId: number, opts?: CallOptions): Promise<void> {
    // Shape B `errcode 0` or a minimal `{code:200}`: both decode as success (§10.16).
    await call('POST', path, { lockId }, 'write', opts);
  }

  return {
    listLocks,
    listAllLocks: (opts?: CallOptions & { pageSize?: number }) =>
      collectPages((n, s) => listLocks(n, s, opts), { pageSize: opts?.pageSize ?? 100 }),
    listKeys,
    listAllKeys: (opts?: CallOptions) => collectPages((n, s) => listKeys(n, s, opts)),

    async getLockDetail(lockId: number, opts?: CallOptions): Promise<LockDetail> {
      const raw = record(await call('GET', '/v3/lock/detail', { lockId }, 'read', opts));
      if (!Number.isFinite(asNum(raw['lockId']))) throw unexpected('lock detail', raw);
      return { ...stripSecrets(raw), lockId: asNum(raw['lockId']) } as LockDetail;
    },

    /** 0 locked, 1 unlocked, 2 unknown (§9.3); answers may come wrapped (§14 #27). */
    async queryOpenState(lockId: number, opts?: CallOptions): Promise<OpenState> {
      const raw = record(await call('GET', '/v3/lock/queryOpenState', { lockId }, 'read', opts));
      const state = asNum(raw['state']);
      if (state !== 0 && state !== 1 && state !== 2) throw unexpected('open state', raw);
      return state;
    },

    unlock: (lockId: number, opts?: CallOptions) => command('/v3/lock/unlock', lockId, opts),
    lock: (lockId: number, opts?: CallOptions) => command('/v3/lock/lock', lockId, opts),
  };
}
