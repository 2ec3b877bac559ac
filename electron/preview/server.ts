import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { EVENT_NAMES } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Desk } from '../core/desk';
import { readBody } from '../core/http/read-body';
import { MAX_IMPORT_BASE64 } from '../../shared/domain/booking-import';
import { createLogger } from '../core/log';

const log = createLogger('preview');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The largest request body: a CSV the renderer accepts (10 MB, base64 in JSON) plus the rest of
 * the request. 256 KB refused files over about 190 KB. readBody counts while streaming and stops
 * at the limit, so a hostile client still cannot fill memory.
 */
export const MAX_INVOKE_BODY_BYTES = MAX_IMPORT_BASE64 + 64 * 1024;

export interface PreviewOptions {
  desk: Desk;
  /** The built renderer (`dist/renderer`). */
  staticDir: string;
  port?: number;
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/**
 * The desk over HTTP on 127.0.0.1: the same dispatcher ipcMain uses, as
 * `POST /api/invoke/<channel>` returning the IpcResult, plus server-sent events for pushes.
 * Loopback only, and requests must name this server as Host (and Origin on POST) so another web
 * page in the same browser cannot drive the desk.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<RunningPreview> {
  const root = resolve(options.staticDir);
  let origin = '';
  const clients = new Set<ServerResponse>();
  const unsubscribe = EVENT_NAMES.map((name) =>
    options.desk.on(name, (payload) => {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const c of clients) c.write(frame);
    }),
  );

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      log.error('preview request failed', e);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (`http://${host}` !== origin && `http://${host.replace(/^localhost/, '127.0.0.1')}` !== origin) {
      res.writeHead(421, SECURITY_HEADERS).end('Misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/invoke/')) {
      if (req.method !== 'POST') return void res.writeHead(405, SECURITY_HEADERS).end();
      const from = req.headers.origin;
      if (from !== undefined && from !== origin && from !== origin.replace('127.0.0.1', 'localhost'))
        return void res.writeHead(403, SECURITY_HEADERS).end();
      let payload: unknown;
      try {
        const raw = await readBody(req, MAX_INVOKE_BODY_BYTES);
        payload = raw.length ? JSON.parse(raw) : {};
      } catch {
        payload = Symbol('unparseable'); // fails validation → an IpcResult error, like any bad payload
      }
      const result = await options.desk.dispatch(decodeURIComponent(url.pathname.slice('/api/invoke/'.length)), payload);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/api/events') {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const wanted = normalize(join(root, decodeURIComponent(pathname)));
    let file = wanted.startsWith(root + sep) && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' })
        .end('The renderer is not built: run `npm run build:renderer`.');
      return;
    }
    if (extname(file) === '') file = join(root, 'index.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((ok) => {
        unsubscribe.forEach((u) => u());
        for (const c of clients) c.end();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
