import type { SimAccount, SimState } from './state';

/**
 * The simulated endpoints, each with the method the real service enforces (§10.0) and its
 * parameters with the Java type the Spring error message names (§4).
 */

export type JavaType = 'Long' | 'Integer' | 'String';
export interface ParamSpec {
  name: string;
  type: JavaType;
  required: boolean;
}

export interface RouteContext {
  state: SimState;
  params: URLSearchParams;
  json: unknown;
  account: SimAccount | undefined;
}

export interface Reply {
  status?: number;
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Needs `Authorization` (every `/v3` call, §3.6). */
  auth: boolean;
  params: ParamSpec[];
  handle(ctx: RouteContext): Reply;
}

const req = (name: string, type: JavaType): ParamSpec => ({ name, type, required: true });
const opt = (name: string, type: JavaType): ParamSpec => ({ name, type, required: false });

/** Shape C business error (§5): a negative TTLock number in `code`. */
export const business = (code: number, msg: string): Reply => ({ body: { code, msg } });
/** Shape B success (§5). */
const yes: Reply = { body: { errcode: 0, errmsg: 'none error message', description: 'none error message or means yes' } };

const int = (p: URLSearchParams, name: string): number => Number(p.get(name));

/** Page of a list per §7: 1-based, `pages = ceil(total/pageSize)`, empty past the end. */
export function page<T>(items: T[], p: URLSearchParams): Reply {
  const pageNo = Math.max(1, int(p, 'pageNo') || 1);
  const pageSize = Math.max(1, int(p, 'pageSize') || 20);
  const total = items.length;
  return {
    body: {
      list: items.slice((pageNo - 1) * pageSize, pageNo * pageSize),
      pageNo,
      pageSize,
      pages: Math.ceil(total / pageSize),
      total,
    },
  };
}

/** A gateway write (`*Type` 2) needs a lock bound to an online gateway. */
function gatewayProblem(state: SimState, lockId: number): Reply | null {
  const lock = state.locks.get(lockId);
  if (!lock) return business(-1003, 'Lock does not exist');
  if (!lock.hasGateway) return business(-2012, 'The Device is not connected to any Gateway.');
  if (!lock.gatewayOnline) return business(-3002, 'The gateway is offline. Please check the network.');
  return null;
}

export const routes: Record<string, Route> = {
  '/system/smart/login': {
    method: 'POST',
    auth: false,
    params: [],
    handle({ state, json }) {
      const body = (json ?? {}) as { account?: unknown; password?: unknown };
      const a = typeof body.account === 'string' ? state.accounts.get(body.account) : undefined;
      if (!a || body.password !== a.passwordMd5) return { status: 401, body: { code: 401, msg: 'Invalid account or password' } };
      return {
        body: { code: 200, msg: 'success', data: { clientToken: a.apiKey, clientId: a.clientId, account: a.account, plan: a.plan } },
      };
    },
  },

  '/v3/lock/list': {
    method: 'POST',
    auth: true,
    params: [req('pageNo', 'Integer'), req('pageSize', 'Integer')],
    handle({ state, params, account }) {
      const mine = [...state.locks.values()].filter((l) => l.admin === account?.account);
      return page(
        mine.map((l) => ({
          lockId: l.lockId,
          lockName: l.lockName,
          lockAlias: l.lockAlias,
          lockMac: l.lockMac,
          electricQuantity: l.electricQuantity,
          hasGateway: l.hasGateway ? 1 : 0,
          keyboardPwdVersion: 4,
        })),
        params,
      );
    },
  },

  '/v3/identityCard/list': {
    method: 'GET',
    auth: true,
    params: [req('lockId', 'Long'), req('pageNo', 'Integer'), req('pageSize', 'Integer')],
    handle({ state, params }) {
      const lockId = int(params, 'lockId');
      if (!state.locks.has(lockId)) return business(-1003, 'Lock does not exist');
      return page(
        state.cardsOf(lockId).map((c) => ({
          cardId: c.cardId,
          lockId: c.lockId,
          cardNumber: c.cardNumber,
          cardName: c.cardName,
          startDate: c.startDate,
          endDate: c.endDate,
          createDate: c.createDate,
          status: 1,
          cardType: 1,
        })),
        params,
      );
    },
  },

  '/v3/identityCard/add': {
    method: 'POST',
    auth: true,
    params: [req('lockId', 'Long'), req('cardNumber', 'String'), opt('cardName', 'String'), opt('startDate', 'Long'), opt('endDate', 'Long'), opt('addType', 'Integer')],
    handle({ state, params }) {
      const lockId = int(params, 'lockId');
      const addType = int(params, 'addType') || 1;
      if (!state.locks.has(lockId)) return business(-1003, 'Lock does not exist');
      if (addType === 2) {
        const problem = gatewayProblem(state, lockId);
        if (problem) return problem;
      }
      if (state.cardsOf(lockId).length >= 1000) return business(-4056, 'Storage is full');
      const card = state.addCard({
        lockId,
        cardNumber: params.get('cardNumber') ?? '',
        cardName: params.get('cardName') ?? '',
        startDate: int(params, 'startDate') || 0,
        endDate: int(params, 'endDate') || 0,
        onLock: addType === 2,
      });
      return { body: { cardId: card.cardId } };
    },
  },

  '/v3/identityCard/delete': {
    method: 'POST',
    auth: true,
    params: [req('lockId', 'Long'), req('cardId', 'Long'), req('deleteType', 'Integer')],
    handle({ state, params }) {
      const lockId = int(params, 'lockId');
      const card = state.cards.get(int(params, 'cardId'));
      if (!card || card.lockId !== lockId) return business(-1021, 'IC card does not exist');
      if (int(params, 'deleteType') === 2) {
        const problem = gatewayProblem(state, lockId);
        if (problem) return problem;
      } else if (card.onLock) {
        // Cloud-only delete (§10.26): the record goes, the lock keeps opening until endDate.
        state.cards.delete(card.cardId);
        state.ghostCards.push(card);
        return yes;
      }
      state.cards.delete(card.cardId);
      return yes;
    },
  },
};
