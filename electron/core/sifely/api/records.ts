import { type CallOptions } from '../transport';
import { collectPages, asPage } from '../paging';
import { asDigits, asNum } from '../sanitize';
import type { Page, RecordInfo, RecordQuery } from '../types';
import type { Call } from './call';

const recordItem = (raw: Record<string, unknown>): RecordInfo => ({
  ...raw,
  lockId: asNum(raw['lockId']),
  recordType: asNum(raw['recordType']),
  success: asNum(raw['success']) === 1 ? 1 : 0,
  keyboardPwd: raw['keyboardPwd'] === undefined || raw['keyboardPwd'] === null ? undefined : asDigits(raw['keyboardPwd']),
  lockDate: asNum(raw['lockDate']),
  serverDate: asNum(raw['serverDate']),
});

/** Unlock records (§10.28): GET, newest first; wrapped answers are unwrapped by the decoder. */
export function recordEndpoints(call: Call) {
  async function listRecords(
    lockId: number,
    pageNo = 1,
    pageSize = 100,
    query: RecordQuery = {},
    opts?: CallOptions,
  ): Promise<Page<RecordInfo>> {
    return asPage(await call('GET', '/v3/lockRecord/list', { lockId, pageNo, pageSize, ...query }, 'read', opts), recordItem);
  }
  return {
    listRecords,
    listAllRecords: (lockId: number, query: RecordQuery = {}, opts?: CallOptions) =>
      collectPages((n, s) => listRecords(lockId, n, s, query, opts)),
  };
}
