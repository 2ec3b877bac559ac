import type { SimKey } from '../model';
import { fail, int, isReply, lockOf, ok, opt, page, pageParams, req, yes, type Route } from '../route-kit';

/**
 * Electronic keys (§10.7–10.9, §10.19). Not used by the desk (it issues passcodes and cards), but
 * served so the account's key list shows shared locks and the documented paths answer.
 */

/** The admin's own key on a lock is not an ekey record; its id is derived (§14 #30: expect keyId anyway). */
export const adminKeyId = (lockId: number): number => lockId + 1_000_000;

export const keyRoutes: Record<string, Route> = {
  '/v3/lock/listKey': {
    methods: ['GET'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      ...pageParams('Integer', 'Integer'),
      opt('keyRight', 'Integer'),
      opt('orderBy', 'Integer'),
      opt('searchStr', 'String'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      // Sifely wording of the filter (§9.3): 1 read-only (ordinary keys), 2 modifiable (authorised admins).
      const right = int(params, 'keyRight');
      const search = params.get('searchStr') ?? '';
      const orderBy = int(params, 'orderBy', 1);
      const keys = [...state.ekeys.values()]
        .filter((k) => k.lockId === lock.lockId && (!right || k.keyRight === (right === 2 ? 1 : 0)))
        .filter((k) => !search || k.keyName.includes(search) || k.username.includes(search))
        // 1 id ascending, 2 creation time ascending, 3 update time ascending (§9.3); ids grow with time here.
        .sort((a, b) => (orderBy === 1 ? a.keyId - b.keyId : a.date - b.date || a.keyId - b.keyId));
      return page(
        keys.map((k) => ({
          keyId: k.keyId,
          lockId: k.lockId,
          uid: 0,
          username: k.username,
          keyName: k.keyName,
          keyStatus: k.endDate !== 0 && k.endDate <= state.now() ? '110402' : '110401',
          startDate: k.startDate,
          endDate: k.endDate,
          keyRight: k.keyRight,
          senderUsername: k.senderUsername,
          remarks: k.remarks,
          date: k.date,
          remoteEnable: k.remoteEnable,
        })),
        params,
      );
    },
  },

  '/v3/key/send': {
    methods: ['POST'],
    auth: true,
    // §10.8: lockId is int32 here.
    params: [
      req('lockId', 'Integer'),
      req('receiverUsername', 'String'),
      req('keyName', 'String'),
      req('startDate', 'Long'),
      req('endDate', 'Long'),
      opt('remarks', 'String'),
      opt('remoteEnable', 'Integer'),
      opt('keyRight', 'Integer'),
      opt('createUser', 'Integer'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const receiver = params.get('receiverUsername') ?? '';
      if (receiver === account?.account) return fail(-2019, 'Cannot send a key to yourself');
      if (receiver === lock.admin) return fail(-2020, 'Cannot send a key to the admin');
      if (!state.accounts.has(receiver)) {
        if (int(params, 'createUser', 2) !== 1) return fail(-4064, 'The receiver account is not registered');
        state.addAccount(receiver, '');
      }
      const startDate = int(params, 'startDate');
      const endDate = int(params, 'endDate');
      if (endDate !== 0 && startDate >= endDate) return fail(-3, 'Invalid parameter: startDate/endDate');
      const key: SimKey = {
        keyId: state.id(),
        lockId: lock.lockId,
        username: receiver,
        keyName: params.get('keyName') ?? '',
        startDate,
        endDate,
        keyRight: int(params, 'keyRight') === 1 ? 1 : 0,
        remoteEnable: int(params, 'remoteEnable', 2) === 1 ? 1 : 2,
        remarks: params.get('remarks') ?? '',
        senderUsername: account?.account ?? '',
        date: state.now(),
      };
      state.ekeys.set(key.keyId, key);
      // §5/§15.1 list ekey send among the shape-B commands; §10.8 says TTLock answers `{keyId}`: both at once.
      return ok({ errcode: 0, errmsg: 'none error message', description: 'none error message or means yes', keyId: key.keyId });
    },
  },

  '/v3/key/delete': {
    methods: ['POST'],
    auth: true,
    params: [req('keyId', 'Integer')],
    handle({ state, params, account }) {
      const keyId = int(params, 'keyId');
      const key = state.ekeys.get(keyId);
      if (!key) {
        const own = [...state.locks.values()].some((l) => l.admin === account?.account && adminKeyId(l.lockId) === keyId);
        return own ? fail(-2018, "The admin's own key cannot be deleted") : fail(-1008, 'The ekey does not exist');
      }
      const lock = state.locks.get(key.lockId);
      if (!lock || lock.admin !== account?.account) return fail(-2018, 'Permission denied');
      state.ekeys.delete(keyId);
      return yes();
    },
  },
};
