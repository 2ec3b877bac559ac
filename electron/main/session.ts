import type { Session } from 'electron';
import { createLogger } from '../core/log';
import { isAllowedRendererRequest, isPermissionAllowed } from './policy';

const log = createLogger('session');

/**
 * Locks down the renderer's session (Electron security checklist #5, #4): every permission
 * request and check is refused, and the renderer has no network of its own — anything that is not
 * our app:// page (or the app:// handler's own reads under `rendererDir`; null: none) is cancelled, because
 * every cloud call goes through main.
 */
export function hardenSession(ses: Session, production: boolean, rendererDir: string | null): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => {
    const allowed = isPermissionAllowed(permission);
    if (!allowed) log.warn(`refused permission request: ${permission}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRendererRequest(details.url, production, rendererDir);
    if (!allowed) log.warn(`cancelled renderer request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
