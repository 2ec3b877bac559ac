import { int, isReply, lockOf, page, pageParams, opt, req, type Route } from '../route-kit';

/**
 * Read-only lists the desk does not use but the Sifely navigation shows (§10.23 groups,
 * §10.27 fingerprints, §10.29 door-sensor records; TTLock paths and fields).
 */
export const listRoutes: Record<string, Route> = {
  '/v3/group/list': {
    methods: ['GET'],
    auth: true,
    // §10.23: paged schema Page«GroupInfo»; TTLock's own takes only orderBy.
    params: [...pageParams('Integer', 'Integer'), opt('orderBy', 'Integer')],
    handle({ state, params, account }) {
      const mine = [...state.locks.values()].filter((l) => l.admin === account?.account);
      return page(
        [...state.groups.entries()].map(([groupId, groupName]) => ({
          groupId,
          groupName,
          lockNum: mine.filter((l) => l.groupId === groupId).length,
        })),
        params,
      );
    },
  },

  '/v3/fingerprint/list': {
    methods: ['GET'],
    auth: true,
    params: [req('lockId', 'Long'), ...pageParams('String', 'String'), opt('orderBy', 'Integer'), opt('searchStr', 'String')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const search = params.get('searchStr') ?? '';
      return page(
        [...state.fingerprints.values()]
          .filter((f) => f.lockId === lock.lockId && (!search || f.fingerprintName.includes(search)))
          .map((f) => ({
            fingerprintId: f.fingerprintId,
            lockId: f.lockId,
            fingerprintNumber: f.fingerprintNumber,
            fingerprintName: f.fingerprintName,
            fingerprintType: 1,
            startDate: f.startDate,
            endDate: f.endDate,
            createDate: f.createDate,
            status: f.endDate !== 0 && f.endDate <= state.now() ? 2 : 1,
            senderUsername: lock.admin,
          })),
        params,
      );
    },
  },

  '/v3/doorSensor/listRecord': {
    // The navigation does not show the method (§10.0, GET per TTLock): both are served.
    methods: ['GET', 'POST'],
    auth: true,
    params: [req('lockId', 'Long'), ...pageParams('Integer', 'Integer'), opt('startDate', 'Long'), opt('endDate', 'Long')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const from = int(params, 'startDate');
      const to = int(params, 'endDate');
      // Door sensor closed / opened: recordType 30 / 31 (§10.28 table A, §10.29).
      const list = state.records
        .filter(
          (r) =>
            r.lockId === lock.lockId &&
            (r.recordType === 30 || r.recordType === 31) &&
            (!from || r.lockDate >= from) &&
            (!to || r.lockDate <= to),
        )
        .sort((a, b) => b.lockDate - a.lockDate || b.recordId - a.recordId)
        .map((r) => ({
          recordId: r.recordId,
          lockId: r.lockId,
          recordTypeFromLock: r.recordTypeFromLock,
          recordType: r.recordType,
          success: r.success,
          lockDate: r.lockDate,
          serverDate: r.serverDate,
        }));
      return page(list, params);
    },
  },
};
