import { unexpected, type CallOptions } from '../transport';
import { asNum } from '../sanitize';
import type { GatewayDetail, GatewayOfLock, LockOfGateway } from '../types';
import { record, type Call } from './call';

const listOf = (payload: unknown): Record<string, unknown>[] => {
  const list = record(payload)['list'];
  return Array.isArray(list) ? list.map(record) : [];
};

/** Gateways (§10.30–10.32, TTLock paths). `listByLock` has no online flag: combine with the detail. */
export function gatewayEndpoints(call: Call) {
  return {
    async listGatewaysOfLock(lockId: number, opts?: CallOptions): Promise<GatewayOfLock[]> {
      return listOf(await call('GET', '/v3/gateway/listByLock', { lockId }, 'read', opts)).map(
        (g) => ({ ...g, gatewayId: asNum(g['gatewayId']) }) as GatewayOfLock,
      );
    },
    async getGatewayDetail(gatewayId: number, opts?: CallOptions): Promise<GatewayDetail> {
      const raw = record(await call('GET', '/v3/gateway/detail', { gatewayId }, 'read', opts));
      if (!Number.isFinite(asNum(raw['gatewayId']))) throw unexpected('gateway detail', raw);
      const isOnline = asNum(raw['isOnline']);
      return { ...raw, gatewayId: asNum(raw['gatewayId']), isOnline: isOnline === 1 ? 1 : 0 } as GatewayDetail;
    },
    async listLocksOfGateway(gatewayId: number, opts?: CallOptions): Promise<LockOfGateway[]> {
      return listOf(await call('GET', '/v3/gateway/listLock', { gatewayId }, 'read', opts)).map(
        (l) => ({ ...l, lockId: asNum(l['lockId']) }) as LockOfGateway,
      );
    },
  };
}
