import { msg } from '../../../../shared/messages';
import { SifelyError } from '../errors';
import { unexpected, type CallOptions } from '../transport';
import { collectPages, asPage } from '../paging';
import { asDigits, asNum } from '../sanitize';
import type { AddPasscodeParams, ChangePasscodeParams, OfflinePasscode, OfflinePasscodeParams, Page, PwdInfo, WriteMode } from '../types';
import { record, type Call } from './call';

const HOUR = 3_600_000;

/** Whole hour in the lock's local time (§6, §10.10); `offsetMs` is the lock's `timezoneRawOffset`. */
export const truncateToHour = (ms: number, offsetMs = 0): number => Math.floor((ms + offsetMs) / HOUR) * HOUR - offsetMs;

const pwdItem = (raw: Record<string, unknown>): PwdInfo => ({
  ...raw,
  keyboardPwdId: asNum(raw['keyboardPwdId']),
  lockId: asNum(raw['lockId']),
  keyboardPwd: asDigits(raw['keyboardPwd']),
  keyboardPwdType: asNum(raw['keyboardPwdType']),
  startDate: asNum(raw['startDate']) || 0,
  endDate: asNum(raw['endDate']) || 0,
  isCustom: asNum(raw['isCustom']) === 1 ? 1 : 0,
});

/** Passcodes: create (§10.11), change (§10.12), delete (§10.13), list (§10.20), offline (§10.10). */
export function passcodeEndpoints(call: Call) {
  async function listPasscodes(lockId: number, pageNo = 1, pageSize = 100, opts?: CallOptions): Promise<Page<PwdInfo>> {
    // GET only: POST gives HTTP 500 and /v3/keyboardPwd/list gives 404 (§10.20).
    return asPage(await call('GET', '/v3/lock/listKeyboardPwd', { lockId, pageNo, pageSize }, 'read', opts), pwdItem);
  }

  return {
    async addPasscode(p: AddPasscodeParams, opts?: CallOptions): Promise<{ keyboardPwdId: number }> {
      if (!/^\d{4,9}$/.test(p.keyboardPwd))
        throw new SifelyError('invalid', -3006, msg('sifely.passcodeLength'), `refused locally: ${p.keyboardPwd.length} characters`, {
          retryable: false,
        });
      const payload = record(
        await call(
          'POST',
          '/v3/keyboardPwd/add',
          {
            lockId: p.lockId,
            keyboardPwd: p.keyboardPwd,
            keyboardPwdName: p.keyboardPwdName,
            keyboardPwdType: p.keyboardPwdType ?? 3,
            startDate: p.startDate,
            endDate: p.endDate,
            addType: p.addType ?? 2,
          },
          'write',
          opts,
        ),
      );
      const id = asNum(payload['keyboardPwdId']);
      if (!Number.isFinite(id)) throw unexpected('add passcode', payload).asUnclear();
      return { keyboardPwdId: id };
    },

    /** Digits go in `newKeyboardPwd` (§14 #18); dates both or neither (§10.12). */
    async changePasscode(p: ChangePasscodeParams, opts?: CallOptions): Promise<void> {
      if ((p.startDate === undefined) !== (p.endDate === undefined))
        throw new SifelyError('invalid', -3, msg('sifely.changeNeedsBothDates'), 'one date given', { retryable: false });
      await call(
        'POST',
        '/v3/keyboardPwd/change',
        {
          lockId: p.lockId,
          keyboardPwdId: p.keyboardPwdId,
          keyboardPwdName: p.keyboardPwdName,
          newKeyboardPwd: p.newKeyboardPwd,
          startDate: p.startDate,
          endDate: p.endDate,
          changeType: p.changeType ?? 2,
        },
        'write',
        opts,
      );
    },

    /**
     * `deleteType` is always sent (§14 #19). Default 2 (on the lock). A 1 only removes the cloud
     * record: the code keeps opening the lock until it expires (§10.13).
     */
    async deletePasscode(lockId: number, keyboardPwdId: number, opts?: CallOptions & { deleteType?: WriteMode }): Promise<void> {
      await call('POST', '/v3/keyboardPwd/delete', { lockId, keyboardPwdId, deleteType: opts?.deleteType ?? 2 }, 'write', opts);
    },

    /** §10.15 (newest navigation, TTLock parameters): delete by the digits when the id is lost. */
    async deletePasscodeByCode(lockId: number, keyboardPwd: string, opts?: CallOptions & { deleteType?: WriteMode }): Promise<void> {
      await call('POST', '/v3/keyboardPwd/deleteByCode', { lockId, keyboardPwd, deleteType: opts?.deleteType ?? 2 }, 'write', opts);
    },

    listPasscodes,
    listAllPasscodes: (lockId: number, opts?: CallOptions) => collectPages((n, s) => listPasscodes(lockId, n, s, opts)),

    /**
     * Offline (random) code computed by the cloud; no gateway needed (§10.10). Dates are cut to
     * whole hours here so the window the desk shows is the one the lock applies.
     */
    async getOfflinePasscode(p: OfflinePasscodeParams, opts?: CallOptions & { timezoneRawOffset?: number }): Promise<OfflinePasscode> {
      const offset = opts?.timezoneRawOffset ?? 0;
      const startDate = truncateToHour(p.startDate, offset);
      const endDate = p.endDate === undefined || p.endDate === 0 ? 0 : truncateToHour(p.endDate, offset);
      const payload = record(
        await call(
          'POST',
          '/v3/keyboardPwd/get',
          {
            lockId: p.lockId,
            keyboardPwdType: p.keyboardPwdType,
            keyboardPwdName: p.keyboardPwdName,
            startDate,
            endDate: endDate || undefined,
            keyboardPwdVersion: p.keyboardPwdVersion,
          },
          'write',
          opts,
        ),
      );
      const keyboardPwd = asDigits(payload['keyboardPwd']);
      const keyboardPwdId = asNum(payload['keyboardPwdId']);
      if (!/^\d{4,10}$/.test(keyboardPwd) || !Number.isFinite(keyboardPwdId)) throw unexpected('offline passcode', payload).asUnclear();
      return { keyboardPwd, keyboardPwdId, startDate, endDate };
    },
  };
}
