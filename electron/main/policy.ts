import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shell's security decisions as pure functions (no 'electron' import), so Vitest can test
 * them; window.ts, session.ts, protocol.ts and ipc.ts only wire them to Electron's hooks.
 *
 * Hazard: Node's WHATWG URL treats `app:` as a non-special scheme, so `new URL('app://desk/').origin`
 * is the string "null" in the main process (Chromium, which knows the scheme is standard, says
 * "app://desk"). Never compare `.origin` here: compare protocol and host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sites the desk may open in the system browser (help pages, the Sifely account). https only. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['sifely.com', 'www.sifely.com', 'support.sifely.com']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL of our own page: app://desk/…, with no credentials or port smuggled in. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && !u.username && !u.password;
}

/** Only the desk's own page may call the core over IPC (Electron security checklist #17). */
export function isTrustedSenderUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && isAppUrl(url);
}

/** The kiosk never leaves its page: in-app navigations only (checklist #13). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** `shell.openExternal` only for https pages on the allow-list (checklist #15). */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  return EXTERNAL_HOSTS.has(u.hostname.toLowerCase());
}

/**
 * The desk's own files as the app:// handler reads them (protocol.ts: `net.fetch(file://…)` of a
 * file under the renderer folder). Chromium does not pass those reads through the session's request
 * filter today (electron/electron#45903); when it does, they must not be cancelled, while any
 * other file:// (secrets.json, the database, C:\Windows) still is. `pathApi` is injectable so the
 * Windows rules are tested on Linux.
 */
export function isOwnFileUrl(url: string, rendererDir: string, pathApi: path.PlatformPath = path): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'file:' || (u.host !== '' && u.host !== 'localhost')) return false;
  let file: string;
  try {
    file = fileURLToPath(u, { windows: pathApi === path.win32 });
  } catch {
    return false;
  }
  if (/\0/.test(file)) return false;
  const base = pathApi.resolve(rendererDir);
  const rel = pathApi.relative(base, pathApi.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !pathApi.isAbsolute(rel);
}

/**
 * What the renderer's session may load. The renderer has no network of its own: every cloud call
 * goes through main, so anything that is not our page, our own files under `rendererDir` (the
 * app:// handler's reads) or an inline data: image (which the CSP allows) is cancelled. DevTools'
 * own pages are let through only in development builds.
 */
export function isAllowedRendererRequest(
  url: string,
  production: boolean,
  rendererDir: string | null = null,
  pathApi: path.PlatformPath = path,
): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:') return true;
  if (u.protocol === 'file:') return rendererDir !== null && isOwnFileUrl(url, rendererDir, pathApi);
  return !production && (u.protocol === 'devtools:' || u.protocol === 'chrome-extension:');
}

/** Every permission (camera, notifications, HID, clipboard read, …) is refused: the desk needs none. */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

/**
 * Windows' reserved device names (CON, NUL, COM1, LPT1…, also with an extension: "con.txt"), and
 * segments ending in a dot or space, which Windows silently strips ("index.html." opens
 * index.html): such a path names a device or a different file than the one checked.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
function unsafeOnWindows(decodedPath: string): boolean {
  return decodedPath.split('/').some((seg) => WINDOWS_DEVICE.test(seg) || /[. ]$/.test(seg));
}

/**
 * Maps an app:// request to a file under `root`, or null when it must not be served: another host,
 * malformed escapes, NUL, backslashes or colons (Windows separators, drive letters and alternate
 * data streams), Windows device names and trailing dots or spaces, or anything resolving outside
 * `root` (path traversal, also through %2e%2e%2f).
 * `pathApi` is injectable so the Windows rules are tested on Linux.
 */
export function resolveAppPath(root: string, requestUrl: string, pathApi: path.PlatformPath = path): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const u = parse(requestUrl);
  if (!u) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  if (unsafeOnWindows(decoded)) return null;
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, `.${decoded}`);
  const rel = pathApi.relative(base, file);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return file;
}

export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/**
 * Keys a production kiosk swallows: reload (F5, Ctrl+R), zoom (Ctrl +/-/0), DevTools (F12,
 * Ctrl+Shift+I/J/C), leaving full screen (F11), closing the tab (Ctrl+W) and printing the screen
 * (Ctrl+P). Development builds keep them all.
 */
export function isBlockedShortcut(input: KeyInput, production: boolean): boolean {
  if (!production || input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f5' || key === 'f11' || key === 'f12' || key === 'browserrefresh') return true;
  const mod = input.control || input.meta;
  if (!mod) return false;
  if (['r', '+', '=', '-', '_', '0', 'w', 'p'].includes(key)) return true;
  return input.shift && ['i', 'j', 'c'].includes(key);
}
