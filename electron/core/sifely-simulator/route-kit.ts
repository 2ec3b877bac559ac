import type { SimAccount, SimLock } from './model';
import type { SimState } from './state';

/**
 * What a simulated endpoint is: the method(s) the real service enforces (§10.0), its parameters
 * with the Java type the Spring error names (§4), and a handler that answers in one of the shapes
 * of §5. The transport renders the reply according to the state's switches.
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
  method: 'GET' | 'POST';
}

export type Reply =
  /** Shape A (or a login wrapper). `read` → wrapped in `{code:200,data}` when wrappedReads is on. */
  | { kind: 'ok'; body: unknown; read?: boolean }
  /** A TTLock business error, rendered as shape C (or B) per settings. */
  | { kind: 'business'; code: number; msg: string }
  | { kind: 'http'; status: number; body: unknown; headers?: Record<string, string> };

export interface Route {
  methods: ('GET' | 'POST')[];
  /** Needs `Authorization` (every `/v3` call, §3.6). */
  auth: boolean;
  params: ParamSpec[];
  /** Absent → always offered; false → the path answers 404 like an unknown one. */
  enabled?: (state: SimState) => boolean;
  handle(ctx: RouteContext): Reply;
}

export const req = (name: string, type: JavaType): ParamSpec => ({ name, type, required: true });
export const opt = (name: string, type: JavaType): ParamSpec => ({ name, type, required: false });

export const ok = (body: unknown): Reply => ({ kind: 'ok', body });
export const okRead = (body: unknown): Reply => ({ kind: 'ok', body, read: true });
export const fail = (code: number, msg: string): Reply => ({ kind: 'business', code, msg });
/** Shape B success (§5). */
export const yes = (): Reply => ok({ errcode: 0, errmsg: 'none error message', description: 'none error message or means yes' });

export const int = (p: URLSearchParams, name: string, fallback = 0): number => {
  const v = p.get(name);
  return v === null || v === '' ? fallback : Number(v);
};
export const has = (p: URLSearchParams, name: string): boolean => (p.get(name) ?? '') !== '';

/**
 * `pageNo` / `pageSize` of a list (§7). The docs mark them required but also give a default page
 * size of 20 when omitted, so both readings are served: absent → page 1 of 20. Numeric strings are
 * accepted whatever the documented type (§14 #11).
 */
export const pageParams = (pageNoType: JavaType = 'Integer', pageSizeType: JavaType = 'Integer'): ParamSpec[] => [
  opt('pageNo', pageNoType),
  opt('pageSize', pageSizeType),
];

/** Page of a list per §7: 1-based, `pages = ceil(total/pageSize)`, empty past the end, default size 20. */
export function page<T>(items: T[], p: URLSearchParams): Reply {
  const pageNo = Math.max(1, int(p, 'pageNo', 1));
  const askedSize = int(p, 'pageSize', 20);
  // String-typed page parameters (§7) pass Spring's conversion; the service then refuses non-numbers.
  if (!Number.isInteger(pageNo) || !Number.isInteger(askedSize)) return fail(-3, 'Invalid parameter: pageNo/pageSize');
  const pageSize = askedSize > 0 ? askedSize : 20;
  const total = items.length;
  return ok({ list: items.slice((pageNo - 1) * pageSize, pageNo * pageSize), pageNo, pageSize, pages: Math.ceil(total / pageSize), total });
}

export const NO_GATEWAY_TEXT = 'The Device is not connected to any Gateway.';

/** The lock of a request, or the business error for a missing / frozen one (§13: -1003, -2025). */
export function lockOf(state: SimState, params: URLSearchParams, account: SimAccount | undefined): SimLock | Reply {
  const lock = state.locks.get(int(params, 'lockId'));
  if (!lock || (account && lock.admin !== account.account)) return fail(-1003, 'Lock does not exist');
  if (lock.isFrozen) return fail(-2025, 'The lock is frozen and cannot be operated');
  return lock;
}
export const isReply = (v: unknown): v is Reply => typeof v === 'object' && v !== null && 'kind' in v;

/**
 * A write that must reach the lock now (`*Type` ≠ 1): needs a bound gateway (-2012, or HTTP 400
 * text with the switch, §14 #20), an online one (-3002), and a gateway that is not busy (-3003).
 */
export function gatewayProblem(state: SimState, lock: SimLock): Reply | null {
  if (!lock.hasGateway)
    return state.settings.noGatewayStyle === 'http400'
      ? { kind: 'http', status: 400, body: NO_GATEWAY_TEXT }
      : fail(-2012, NO_GATEWAY_TEXT);
  if (!lock.gatewayOnline) return fail(-3002, 'The gateway is offline. Please check the network.');
  if (state.settings.gatewayBusyRate > 0 && state.random() < state.settings.gatewayBusyRate)
    return fail(-3003, 'The gateway is busy. Please try again later.');
  return null;
}
