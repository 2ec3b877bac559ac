import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createLogger } from '../core/log';
import { APP_ORIGIN, APP_SCHEME, resolveAppPath } from './policy';

const log = createLogger('protocol');

export { APP_ORIGIN, APP_SCHEME };

/** The renderer is served from app://desk/ rather than file:// (Electron security checklist #18). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/**
 * Serves files of `rendererDir` only. resolveAppPath (policy.ts) refuses traversal, other hosts and
 * Windows path tricks; a refused or missing file is a 404, never a fallback to some other file.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) {
      log.warn(`refused app:// request ${request.url}`);
      return notFound();
    }
    let res: Response;
    try {
      res = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return notFound();
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}
