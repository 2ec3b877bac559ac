import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../log';
import { handleAdmin } from './admin';
import { readBody, sendJson, sendSpringError } from './http';
import { routes } from './routes';
import { createSimState, type SimState } from './state';

const log = createLogger('sifely-sim');

export interface SimulatorOptions {
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  now?: () => number;
}

export interface RunningSimulator {
  url: string;
  state: SimState;
  close(): Promise<void>;
}

/**
 * The built-in Sifely cloud: demo mode and every test run against it. It answers on 127.0.0.1
 * only, with the methods, parameter locations and envelopes of sifely-api.md, and an admin
 * surface under `/__admin/` for tests and training.
 */
export async function startSifelySimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const state = createSimState(options.now);
  const server = createServer((req, res) => {
    handle(state, req, res).catch((e: unknown) => {
      log.error('simulator handler failed', e);
      if (!res.headersSent) sendSpringError(res, 500, 'Internal simulator error', req.url ?? '');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(state: SimState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const raw = await readBody(req);
  if (url.pathname.startsWith('/__admin/')) return handleAdmin(state, url, raw, res);

  const route = routes[url.pathname];
  if (!route) return sendSpringError(res, 404, 'No static resource', url.pathname);
  if (req.method !== route.method)
    return sendSpringError(res, 500, `Request method '${req.method ?? ''}' not supported`, url.pathname);

  // Parameters come from the query string and, on POST, from a form body; the query wins (§4).
  const contentType = req.headers['content-type'] ?? '';
  const params = new URLSearchParams(contentType.includes('application/x-www-form-urlencoded') ? raw : '');
  for (const [k, v] of url.searchParams) params.set(k, v);
  let json: unknown = undefined;
  if (contentType.includes('application/json') && raw.length > 0) {
    try {
      json = JSON.parse(raw);
    } catch {
      return sendJson(res, 200, { code: 80002, msg: 'Invalid JSON' });
    }
  }

  let account = undefined;
  if (route.auth) {
    const header = req.headers['authorization'] ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7) : header;
    account = state.accountByKey(key);
    if (!account) return sendJson(res, 401, { code: 401, msg: 'Invalid or missing API key' });
  }

  for (const p of route.params) {
    if (p.required && !params.get(p.name))
      return sendSpringError(
        res,
        500,
        `Required request parameter '${p.name}' for method parameter type ${p.type} is not present`,
        url.pathname,
      );
  }
  const reply = route.handle({ state, params, json, account });
  sendJson(res, reply.status ?? 200, reply.body);
}
