import type { SimLock, SimPasscode } from '../model';
import type { SimState } from '../state';
import { pageParams, fail, gatewayProblem, has, int, isReply, lockOf, ok, opt, page, req, yes, type Reply, type Route } from '../route-kit';
import { offlineDigits, offlineSpanOk, passcodeProblem, truncateHour } from '../rules';

/** Passcodes: create (§10.11), change (§10.12), delete (§10.13), list (§10.20), offline (§10.10). */

const RULE_TEXT: Record<number, string> = {
  [-3006]: 'The passcode length must be 4 to 9 digits',
  [-2032]: 'The passcode is too simple. Please avoid consecutive or repeated digits',
};

/** TTLock `orderBy` (§9.3): 0 name ascending, 1 creation time descending (default), 2 name descending. */
function passcodeOrder(orderBy: number): (a: SimPasscode, b: SimPasscode) => number {
  const byName = (a: SimPasscode, b: SimPasscode): number =>
    a.keyboardPwdName.localeCompare(b.keyboardPwdName) || a.keyboardPwdId - b.keyboardPwdId;
  if (orderBy === 0) return byName;
  if (orderBy === 2) return (a, b) => byName(b, a);
  return (a, b) => b.createDate - a.createDate || b.keyboardPwdId - a.keyboardPwdId;
}

/** Delete per §10.13: type 2/3 reach the lock through the gateway; type 1 only removes the cloud record. */
function removePasscode(state: SimState, lock: SimLock, p: SimPasscode, deleteType: number): Reply {
  if (deleteType !== 1) {
    const problem = gatewayProblem(state, lock);
    if (problem) return problem;
    p.lock = null;
  }
  // deleteType 1: cloud only — the code keeps working on the lock until it expires (§10.10, §10.13).
  p.inCloud = false;
  for (const issued of state.offlineIssued.values()) if (issued.keyboardPwdId === p.keyboardPwdId) issued.deleted = true;
  return yes();
}

const active = (p: SimPasscode, at: number): boolean => p.inCloud && (p.endDate === 0 || p.endDate > at);

export const passcodeRoutes: Record<string, Route> = {
  '/v3/keyboardPwd/add': {
    methods: ['POST'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      req('keyboardPwd', 'String'),
      opt('keyboardPwdName', 'String'),
      opt('keyboardPwdType', 'Integer'),
      req('startDate', 'Long'),
      // Omitting endDate is a Spring 500 on the live service (§10.11, §14 #16).
      req('endDate', 'Long'),
      opt('addType', 'Integer'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const digits = params.get('keyboardPwd') ?? '';
      const rule = passcodeProblem(digits);
      if (rule) return fail(rule, RULE_TEXT[rule]!);
      let type = int(params, 'keyboardPwdType', 3);
      const startDate = int(params, 'startDate');
      const endDate = int(params, 'endDate');
      if (type !== 2 && type !== 3) return fail(-3, 'Invalid parameter: keyboardPwdType');
      // Live quirk (§9.1): type 2 with a non-zero end is stored as a period code.
      if (type === 2 && endDate !== 0) type = 3;
      if (type === 3 && (startDate === 0 || endDate === 0 || startDate >= endDate)) return fail(-3, 'Invalid parameter: startDate/endDate');
      const now = state.now();
      const codes = state.passcodesOf(lock.lockId);
      if (codes.some((p) => active(p, now) && p.keyboardPwd === digits)) return fail(-3007, 'The same passcode already exists');
      if (codes.filter((p) => p.isCustom === 1 && active(p, now)).length >= state.settings.customPasscodeCapacity)
        return fail(-3009, 'The custom passcode storage is full');
      const addType = int(params, 'addType', 1);
      if (addType !== 1) {
        const problem = gatewayProblem(state, lock);
        if (problem) return problem;
      }
      const p: SimPasscode = {
        keyboardPwdId: state.id(),
        lockId: lock.lockId,
        keyboardPwd: digits,
        keyboardPwdName: params.get('keyboardPwdName') ?? '',
        keyboardPwdType: type,
        startDate,
        endDate,
        isCustom: 1,
        createDate: now,
        senderUsername: account?.account ?? '',
        inCloud: true,
        // addType 1 only records a Bluetooth add that never happened here: the lock does not know it (§9.2).
        lock: addType === 1 ? null : { secret: digits, startDate, endDate },
        uses: 0,
        ...(addType === 1 ? {} : { sendDate: now }),
      };
      state.passcodes.set(p.keyboardPwdId, p);
      return ok({ keyboardPwdId: p.keyboardPwdId });
    },
  },

  '/v3/keyboardPwd/change': {
    methods: ['POST'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      req('keyboardPwdId', 'String'),
      opt('keyboardPwdName', 'String'),
      opt('newKeyboardPwd', 'String'),
      opt('startDate', 'Long'),
      opt('endDate', 'Long'),
      opt('changeType', 'Integer'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const p = state.passcodes.get(int(params, 'keyboardPwdId'));
      if (!p || p.lockId !== lock.lockId || !p.inCloud) return fail(-2009, 'The passcode does not exist');
      const digits = params.get('newKeyboardPwd') || null;
      if (digits !== null) {
        if (!p.isCustom) return fail(-3, 'A random passcode cannot be given new digits');
        const rule = passcodeProblem(digits);
        if (rule) return fail(rule, RULE_TEXT[rule]!);
        if (state.passcodesOf(lock.lockId).some((o) => o !== p && active(o, state.now()) && o.keyboardPwd === digits))
          return fail(-3007, 'The same passcode already exists');
      }
      // Both dates or neither (§10.12).
      if (has(params, 'startDate') !== has(params, 'endDate'))
        return fail(-3, 'Both startDate and endDate are required to change the period');
      const startDate = has(params, 'startDate') ? int(params, 'startDate') : p.startDate;
      const endDate = has(params, 'endDate') ? int(params, 'endDate') : p.endDate;
      if (p.keyboardPwdType === 3 && (endDate === 0 || startDate >= endDate)) return fail(-3, 'Invalid parameter: startDate/endDate');
      // A random code exists on the lock only as its algorithm until first typed there: its period
      // cannot be changed before that (-3008, §10.12, §13.2; "older locks", taken as every lock here).
      if (!p.isCustom && p.uses === 0 && has(params, 'startDate'))
        return fail(-3008, 'The passcode has never been used on the lock and cannot be changed');
      const changeType = int(params, 'changeType', 1);
      if (changeType !== 1) {
        const problem = gatewayProblem(state, lock);
        if (problem) return problem;
      }
      if (params.has('keyboardPwdName')) p.keyboardPwdName = params.get('keyboardPwdName') ?? '';
      if (digits !== null) p.keyboardPwd = digits;
      p.startDate = startDate;
      p.endDate = endDate;
      // changeType 1 records a Bluetooth change; the lock keeps what it had (§9.2).
      if (changeType !== 1 && p.lock) p.lock = { secret: p.keyboardPwd, startDate, endDate };
      return yes();
    },
  },

  '/v3/keyboardPwd/delete': {
    methods: ['POST'],
    auth: true,
    // deleteType is required on Sifely (§14 #19).
    params: [req('lockId', 'Long'), req('keyboardPwdId', 'Long'), req('deleteType', 'Integer')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const p = state.passcodes.get(int(params, 'keyboardPwdId'));
      if (!p || p.lockId !== lock.lockId || !p.inCloud) return fail(-2009, 'The passcode does not exist');
      return removePasscode(state, lock, p, int(params, 'deleteType'));
    },
  },

  '/v3/keyboardPwd/deleteByCode': {
    // Newest navigation only; TTLock parameters (§10.15): the digits instead of the id.
    methods: ['POST'],
    auth: true,
    params: [req('lockId', 'Long'), req('keyboardPwd', 'String'), req('deleteType', 'Integer')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const digits = params.get('keyboardPwd') ?? '';
      const p = state.passcodesOf(lock.lockId).find((c) => c.inCloud && c.keyboardPwd === digits);
      if (!p) return fail(-2009, 'The passcode does not exist');
      return removePasscode(state, lock, p, int(params, 'deleteType'));
    },
  },

  '/v3/lock/listKeyboardPwd': {
    methods: ['GET'],
    auth: true,
    params: [req('lockId', 'Long'), ...pageParams('String', 'String'), opt('orderBy', 'Integer'), opt('searchStr', 'String')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const search = params.get('searchStr') ?? '';
      const list = state
        .passcodesOf(lock.lockId)
        .filter((p) => p.inCloud && (p.keyboardPwdName.includes(search) || p.keyboardPwd.includes(search)))
        .sort(passcodeOrder(int(params, 'orderBy', 1)))
        .map((p) => ({
          keyboardPwdId: p.keyboardPwdId,
          lockId: p.lockId,
          keyboardPwd: p.keyboardPwd,
          keyboardPwdName: p.keyboardPwdName,
          keyboardPwdVersion: 4,
          keyboardPwdType: p.keyboardPwdType,
          startDate: p.startDate,
          endDate: p.endDate,
          ...(p.sendDate === undefined ? {} : { sendDate: p.sendDate }),
          isCustom: p.isCustom,
          status: p.endDate !== 0 && p.endDate <= state.now() ? 2 : 1,
          senderUsername: p.senderUsername,
          createDate: p.createDate,
        }));
      return page(list, params);
    },
  },

  '/v3/keyboardPwd/get': {
    methods: ['POST'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      req('keyboardPwdType', 'Integer'),
      opt('keyboardPwdName', 'String'),
      opt('startDate', 'Long'),
      opt('endDate', 'Long'),
      opt('keyboardPwdVersion', 'Integer'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      if (!lock.hasOfflineData) return fail(-1007, 'No passcode data for this lock');
      const type = int(params, 'keyboardPwdType');
      if (!Number.isInteger(type) || type < 1 || type > 14) return fail(-3, 'Invalid parameter: keyboardPwdType');
      const off = lock.timezoneRawOffset;
      // Hour precision only (§6, §10.10): a 19:20 start becomes 19:00.
      const startDate = truncateHour(has(params, 'startDate') ? int(params, 'startDate') : state.now(), off);
      const needsEnd = type === 3 || type >= 5;
      if (needsEnd && !int(params, 'endDate')) return fail(-3, 'Invalid parameter: endDate');
      const endDate = needsEnd ? truncateHour(int(params, 'endDate'), off) : 0;
      if (needsEnd && (endDate <= startDate || !offlineSpanOk(startDate, endDate, off)))
        return fail(-3, 'Invalid parameter: startDate/endDate');
      const key = `${lock.lockId}|${type}|${startDate}|${endDate}`;
      const issued = state.offlineIssued.get(key);
      if (issued?.deleted) return fail(-1026, 'A passcode for this period was fetched and deleted before');
      if (issued) {
        const p = state.passcodes.get(issued.keyboardPwdId)!;
        return ok({ keyboardPwd: p.keyboardPwd, keyboardPwdId: p.keyboardPwdId });
      }
      const digits = offlineDigits(lock.aesKeyStr, lock.lockId, type, startDate, endDate);
      const p: SimPasscode = {
        keyboardPwdId: state.id(),
        lockId: lock.lockId,
        keyboardPwd: digits,
        keyboardPwdName: params.get('keyboardPwdName') ?? '',
        keyboardPwdType: type,
        startDate,
        endDate,
        isCustom: 0,
        createDate: state.now(),
        sendDate: state.now(),
        senderUsername: account?.account ?? '',
        inCloud: true,
        // The lock recognises the code by its own algorithm: nothing is sent, no gateway needed.
        lock: { secret: digits, startDate, endDate },
        uses: 0,
      };
      state.passcodes.set(p.keyboardPwdId, p);
      state.offlineIssued.set(key, { keyboardPwdId: p.keyboardPwdId, deleted: false });
      return ok({ keyboardPwd: digits, keyboardPwdId: p.keyboardPwdId });
    },
  },
};
