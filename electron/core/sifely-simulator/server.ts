import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../log';
import { handleAdmin } from './admin';
import { authenticate } from './auth';
import { createFaults, type Faults } from './faults';
import { readBody, sendJson, sendSpringError, sendText } from './http';
import type { Reply, Route } from './route-kit';
import { authRoutes } from './routes/auth';
import { cardRoutes } from './routes/cards';
import { gatewayRoutes } from './routes/gateways';
import { keyRoutes } from './routes/keys';
import { listRoutes } from './routes/lists';
import { lockRoutes } from './routes/locks';
import { passcodeRoutes } from './routes/passcodes';
import { seededRandom } from './rules';
import type { RequestLogEntry, Sim } from './sim';
import { createSimState, type SimState } from './state';
import { pushRecord, type WebhookTarget } from './webhook';

const log = createLogger('sifely-sim');

export interface SimulatorOptions {
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** The cloud's clock (also used for `date` freshness, the `Date` header and lock-side time). */
  now: () => number;
  /** Seed for busy answers and fault rates, so a run repeats exactly. */
  seed?: number;
  webhook?: WebhookTarget;
}

export interface RunningSimulator {
  url: string;
  state: SimState;
  faults: Faults;
  /** Lock records are pushed here when set (§11). */
  webhook: { target: WebhookTarget | null };
  /** The latest API requests (admin calls excluded), oldest first: tests count what the desk sent. */
  requests: readonly RequestLogEntry[];
  close(): Promise<void>;
}

const REQUEST_LOG_SIZE = 5_000;

export const routes: Record<string, Route> = {
  ...authRoutes,
  ...lockRoutes,
  ...keyRoutes,
  ...passcodeRoutes,
  ...cardRoutes,
  ...gatewayRoutes,
  ...listRoutes,
};

const DATE_TOLERANCE_MS = 5 * 60_000;

/**
 * The built-in Sifely cloud: demo mode and every test run against it. It answers on 127.0.0.1
 * only, with the methods, parameter locations and envelopes of §15.1, and an admin
 * surface under `/__admin/` for tests and training.
 */
export async function startSifelySimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const state = createSimState(options.now, options.seed ?? 1);
  const faults = createFaults(seededRandom((options.seed ?? 1) + 7));
  const webhook: RunningSimulator['webhook'] = { target: options.webhook ?? null };
  state.onRecord((record, lock) => {
    if (webhook.target) void pushRecord(webhook.target, record, lock);
  });
  const calls = new Map<string, number[]>();
  const requests: RequestLogEntry[] = [];
  const sim = { state, faults, webhook, calls, requests };
  const server = createServer((req, res) => {
    // The cloud's time in every answer, as a real web server sends it (the desk learns its PC's offset from it).
    if (state.settings.dateHeader) res.setHeader('Date', new Date(state.now()).toUTCString());
    else res.sendDate = false;
    handle(sim, req, res).catch((e: unknown) => {
      log.error('simulator handler failed', e);
      if (!res.headersSent) sendSpringError(res, 500, 'Internal simulator error', req.url ?? '', state.now());
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    faults,
    webhook,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(sim: Sim, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { state } = sim;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const raw = await readBody(req);
  if (url.pathname.startsWith('/__admin/')) return handleAdmin(sim, req.method ?? 'GET', url, raw, res);
  sim.requests.push({ method: req.method ?? '', path: url.pathname, atMs: state.now() });
  if (sim.requests.length > REQUEST_LOG_SIZE) sim.requests.splice(0, sim.requests.length - REQUEST_LOG_SIZE);

  // §2, §14 #2: the docs' test host proxies to production and times out on `/v3` writes.
  if (/^dev-alexa\./i.test(req.headers.host ?? '') && req.method === 'POST' && url.pathname.startsWith('/v3/'))
    return sendText(res, 504, 'Gateway Time-out');
  const route = routes[url.pathname];
  if (!route || (route.enabled && !route.enabled(state)))
    return sendSpringError(res, 404, `No static resource ${url.pathname.slice(1)}.`, url.pathname, state.now());
  const method = req.method === 'POST' ? 'POST' : req.method === 'GET' ? 'GET' : null;
  if (!method || !route.methods.includes(method))
    return sendSpringError(res, 500, `Request method '${req.method ?? ''}' not supported`, url.pathname, state.now());

  // Parameters come from the query string and from a form body; the query wins (§4).
  const contentType = req.headers['content-type'] ?? '';
  const params = new URLSearchParams(contentType.includes('application/x-www-form-urlencoded') ? raw : '');
  for (const [k, v] of url.searchParams) params.set(k, v);
  // JSON bodies only mean something to the Open API login; elsewhere any body sent as JSON is
  // ignored (§4: `{}` or no body with the parameters in the query works).
  let json: unknown = undefined;
  const openApiLogin = url.pathname === '/system/smart/login' && !params.has('username');
  if (openApiLogin && contentType.includes('application/json') && raw.trim().length > 0) {
    try {
      json = JSON.parse(raw);
    } catch {
      return sendJson(res, 200, { code: 80002, msg: 'Invalid JSON' });
    }
  }

  let account = undefined;
  if (route.auth) {
    const auth = authenticate(state, req.headers['authorization']);
    if (!('account' in auth)) return sendJson(res, auth.status, auth.body);
    account = auth.account;
    if (!account.planActive) return sendJson(res, 402, { code: 50504, msg: 'Subscription inactive. Please subscribe to a plan.' });
    if (throttled(sim, account.apiKey)) return sendJson(res, 429, { code: 429, msg: 'Too many requests' });
  }

  const date = params.get('date');
  // `date` is an optional Long on every call (§4, §10.0): a non-number fails Spring's conversion.
  if (date !== null && date !== '' && !/^-?\d+$/.test(date))
    return sendSpringError(
      res,
      500,
      `Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; For input string: "${date}"`,
      url.pathname,
      state.now(),
    );
  if (date !== null && date !== '' && Math.abs(Number(date) - state.now()) > DATE_TOLERANCE_MS) {
    if (state.settings.staleDateStyle === 'http500') return sendSpringError(res, 500, 'The date is invalid', url.pathname, state.now());
    return sendJson(res, 200, { errcode: 80000, errmsg: 'date must be current time, in 5 minutes', description: '' });
  }

  for (const p of route.params) {
    const v = params.get(p.name);
    // Absent → Spring's 500 (§4); present but blank reaches the handler, which answers -3 for
    // blank dates on a period code (§10.11 "`0`/blank for a period code → -3").
    if (p.required && v === null)
      return sendSpringError(
        res,
        500,
        `Required request parameter '${p.name}' for method parameter type ${p.type} is not present`,
        url.pathname,
        state.now(),
      );
    if (v && p.type !== 'String' && !/^-?\d+$/.test(v))
      return sendSpringError(
        res,
        500,
        `Failed to convert value of type 'java.lang.String' to required type 'java.lang.${p.type}'; For input string: "${v}"`,
        url.pathname,
        state.now(),
      );
  }

  const fault = sim.faults.decide(method, url.pathname);
  // eslint-disable-next-line no-restricted-syntax -- simulated network latency is real time, counted as such by a virtual clock
  if (fault.latencyMs > 0) await new Promise((r) => setTimeout(r, fault.latencyMs));
  if (fault.error) return render(res, state, { kind: 'http', status: fault.error.status, body: fault.error.body });

  const reply = route.handle({ state, params, json, account, method });
  if (fault.drop === 'destroy') return void req.socket.destroy();
  if (fault.drop === 'withhold') return; // never answered; closeAllConnections() ends it
  render(res, state, reply);
}

function throttled(sim: Sim, key: string): boolean {
  const limit = sim.state.settings.rateLimitPerMinute;
  if (!limit) return false;
  const now = sim.state.now();
  const recent = (sim.calls.get(key) ?? []).filter((t) => now - t < 60_000);
  const over = recent.length >= limit;
  if (!over) recent.push(now);
  sim.calls.set(key, recent);
  return over;
}

function render(res: ServerResponse, state: SimState, reply: Reply): void {
  if (reply.kind === 'http') {
    if (typeof reply.body === 'string') return sendText(res, reply.status, reply.body, reply.headers);
    return sendJson(res, reply.status, reply.body, reply.headers);
  }
  if (reply.kind === 'business') {
    if (state.settings.businessErrorStyle === 'errcode')
      return sendJson(res, 200, { errcode: reply.code, errmsg: reply.msg, description: reply.msg });
    return sendJson(res, 200, { code: reply.code, msg: reply.msg });
  }
  if (reply.read && state.settings.wrappedReads) return sendJson(res, 200, { code: 200, msg: 'success', data: reply.body });
  return sendJson(res, 200, reply.body);
}
