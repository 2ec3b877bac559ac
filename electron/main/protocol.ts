import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** The renderer is served from app://desk/ rather than file:// (Electron security checklist #18). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://desk';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const wanted = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    const file = url.pathname === '/' || !wanted.startsWith(rendererDir + sep) ? join(rendererDir, 'index.html') : wanted;
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}
