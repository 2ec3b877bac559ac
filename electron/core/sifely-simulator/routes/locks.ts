import type { SimLock } from '../model';
import { adminKeyId } from './keys';
import { pageParams, fail, gatewayProblem, int, isReply, lockOf, okRead, opt, page, req, yes, type Route } from '../route-kit';

/** Lock list (§10.22), ekeys (§10.7), detail (§10.18), open state (§10.21), remote unlock / lock (§10.16–17). */

const listItem = (l: SimLock) => ({
  lockId: l.lockId,
  lockName: l.lockName,
  lockAlias: l.lockAlias,
  lockMac: l.lockMac,
  electricQuantity: l.electricQuantity,
  featureValue: l.featureValue,
  hasGateway: l.hasGateway ? 1 : 0,
  groupId: l.groupId,
  groupName: '',
  date: l.date,
  keyboardPwdVersion: l.keyboardPwdVersion,
  specialValue: 0,
  lockData: l.lockData,
  noKeyPwd: l.noKeyPwd,
});

const remoteCommand = (unlock: boolean): Route => ({
  methods: ['POST'],
  auth: true,
  params: [req('lockId', 'Long')],
  handle({ state, params, account }) {
    const lock = lockOf(state, params, account);
    if (isReply(lock)) return lock;
    const problem = gatewayProblem(state, lock);
    if (problem) return problem;
    if (!lock.remoteEnable) return fail(-4043, 'Remote unlock is not enabled for this lock');
    lock.openState = unlock ? 1 : 0;
    state.addRecord({
      lockId: lock.lockId,
      recordType: unlock ? 12 : 52,
      recordTypeFromLock: unlock ? 28 : 52,
      success: 1,
      username: account?.account ?? '',
      keyboardPwd: '',
      lockDate: state.now(),
    });
    return yes();
  },
});

export const lockRoutes: Record<string, Route> = {
  '/v3/lock/list': {
    methods: ['POST'],
    auth: true,
    params: [...pageParams('Integer', 'Integer'), opt('lockAlias', 'String'), opt('groupId', 'Integer')],
    handle({ state, params, account }) {
      const alias = params.get('lockAlias') ?? '';
      const group = int(params, 'groupId');
      const mine = [...state.locks.values()].filter(
        (l) => l.admin === account?.account && l.lockAlias.includes(alias) && (!group || l.groupId === group),
      );
      return page(mine.map(listItem), params);
    },
  },

  '/v3/key/list': {
    methods: ['POST'],
    auth: true,
    // The Sifely page spells the filter `lockAlis`; TTLock `lockAlias` (§14 #7): both accepted.
    params: [...pageParams('String', 'String'), opt('groupId', 'Long'), opt('lockAlis', 'String'), opt('lockAlias', 'String')],
    handle({ state, params, account }) {
      const alias = params.get('lockAlis') || params.get('lockAlias') || '';
      const group = int(params, 'groupId');
      // Own locks with the admin key, then locks shared with this account by an ekey (§10.7).
      const shared = [...state.ekeys.values()].filter((k) => k.username === account?.account);
      const items = [
        ...[...state.locks.values()]
          .filter((l) => l.admin === account?.account)
          .map((l) => ({
            lock: l,
            key: {
              keyId: adminKeyId(l.lockId),
              keyRight: 1,
              userType: '110301',
              remoteEnable: l.remoteEnable ? 1 : 2,
              startDate: 0,
              endDate: 0,
              remarks: '',
            },
          })),
        ...shared.flatMap((k) => {
          const l = state.locks.get(k.lockId);
          return l
            ? [
                {
                  lock: l,
                  key: {
                    keyId: k.keyId,
                    keyRight: k.keyRight,
                    userType: '110302',
                    remoteEnable: k.remoteEnable,
                    startDate: k.startDate,
                    endDate: k.endDate,
                    remarks: k.remarks,
                  },
                },
              ]
            : [];
        }),
      ].filter(({ lock }) => lock.lockAlias.includes(alias) && (!group || lock.groupId === group));
      return page(
        items.map(({ lock, key }) => ({
          ...listItem(lock),
          groupName: state.groups.get(lock.groupId) ?? '',
          ...key,
          keyStatus: '110401',
          passageMode: 2,
        })),
        params,
      );
    },
  },

  '/v3/lock/detail': {
    // GET per the docs; one client's comments claim POST (§10.18, §14 #12): both served.
    methods: ['GET', 'POST'],
    auth: true,
    params: [req('lockId', 'Long')],
    handle({ state, params, account }) {
      const lock = state.locks.get(int(params, 'lockId'));
      if (!lock || lock.admin !== account?.account) return fail(-1003, 'Lock does not exist');
      return okRead({
        ...listItem(lock),
        adminPwd: lock.adminPwd,
        aesKeyStr: lock.aesKeyStr,
        lockKey: lock.lockKey,
        lockFlagPos: 0,
        deletePwd: '',
        autoLockTime: 5,
        displayPasscode: 0,
        timezoneRawOffset: lock.timezoneRawOffset,
        modelNum: 'SN239_PV53',
        hardwareRevision: '1.3',
        firmwareRevision: '6.0.7.210520',
        lockVersion: { protocolType: 5, protocolVersion: 3, scene: 2, groupId: 1, orgId: 1 },
        lockSound: 1,
        soundVolume: 3,
        privacyLock: 2,
        tamperAlert: 1,
        resetButton: 1,
        openDirection: 0,
        passageMode: 2,
        isFrozen: lock.isFrozen ? 1 : 2,
      });
    },
  },

  '/v3/lock/queryOpenState': {
    methods: ['GET'],
    auth: true,
    params: [req('lockId', 'Long')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const problem = gatewayProblem(state, lock);
      if (problem) return problem;
      return okRead({ state: lock.openState });
    },
  },

  '/v3/lock/unlock': remoteCommand(true),
  '/v3/lock/lock': remoteCommand(false),
};
