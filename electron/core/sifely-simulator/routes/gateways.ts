import { pageParams, fail, int, isReply, lockOf, ok, okRead, page, opt, req, type Route } from '../route-kit';

/** Gateways (§10.30–10.32, TTLock paths and fields) and unlock records (§10.28). */
export const gatewayRoutes: Record<string, Route> = {
  '/v3/gateway/listByLock': {
    methods: ['GET'],
    auth: true,
    params: [req('lockId', 'Long')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      // ListData (no paging) and no online flag (§10.31).
      return ok({
        list: state.gatewaysOf(lock.lockId).map((g) => ({
          gatewayId: g.gatewayId,
          gatewayMac: g.gatewayMac,
          gatewayName: g.gatewayName,
          rssi: g.locks.get(lock.lockId) ?? -60,
          rssiUpdateDate: state.now(),
        })),
      });
    },
  },

  '/v3/gateway/detail': {
    methods: ['GET'],
    auth: true,
    params: [req('gatewayId', 'Integer')],
    handle({ state, params }) {
      const g = state.gateways.get(int(params, 'gatewayId'));
      if (!g) return fail(-4037, 'The gateway does not exist');
      return okRead({
        gatewayId: g.gatewayId,
        gatewayMac: g.gatewayMac,
        gatewayName: g.gatewayName,
        gatewayVersion: g.gatewayVersion,
        networkName: g.networkName,
        networkMac: '00:00:00:00:00:00',
        lockNum: g.locks.size,
        isOnline: state.gatewayIsOnline(g) ? 1 : 0,
      });
    },
  },

  '/v3/gateway/listLock': {
    methods: ['GET'],
    auth: true,
    params: [req('gatewayId', 'Integer')],
    handle({ state, params }) {
      const g = state.gateways.get(int(params, 'gatewayId'));
      if (!g) return fail(-4037, 'The gateway does not exist');
      return ok({
        list: [...g.locks.entries()].flatMap(([lockId, rssi]) => {
          const l = state.locks.get(lockId);
          return l ? [{ lockId, lockMac: l.lockMac, lockName: l.lockName, lockAlias: l.lockAlias, rssi, updateDate: state.now() }] : [];
        }),
      });
    },
  },

  '/v3/lockRecord/list': {
    // GET and shape A per the clients; one set of notes says POST + wrapper: POST answers wrapped (§10.28, §14 #13).
    methods: ['GET', 'POST'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      ...pageParams('Integer', 'Integer'),
      opt('startDate', 'Long'),
      opt('endDate', 'Long'),
      opt('recordType', 'Integer'),
      opt('searchStr', 'String'),
    ],
    handle({ state, params, account, method }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const from = int(params, 'startDate');
      const to = int(params, 'endDate');
      const type = int(params, 'recordType');
      const search = params.get('searchStr') ?? '';
      const list = state.records
        .filter(
          (r) => r.lockId === lock.lockId && (!from || r.lockDate >= from) && (!to || r.lockDate <= to) && (!type || r.recordType === type),
        )
        .filter((r) => !search || r.username.includes(search) || r.keyboardPwd.includes(search))
        .sort((a, b) => b.lockDate - a.lockDate || b.recordId - a.recordId);
      const reply = page(list, params);
      if (reply.kind !== 'ok') return reply;
      return method === 'POST' ? ok({ code: 200, msg: 'success', data: reply.body }) : okRead(reply.body);
    },
  },
};
