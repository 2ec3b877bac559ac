import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedRendererRequest,
  isBlockedShortcut,
  isPermissionAllowed,
  isTrustedSenderUrl,
  resolveAppPath,
} from '../../electron/main/policy';

describe('IPC senders: only the desk page on app://desk may call the core', () => {
  it.each(['app://desk/', 'app://desk/index.html', 'app://DESK/index.html?x=1#top'])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(true);
  });
  it.each([
    null,
    undefined,
    '',
    'about:blank',
    'file:///C:/app/resources/app.asar/dist/renderer/index.html',
    'http://127.0.0.1:5178/',
    'https://desk/',
    'app://evil/',
    'app://desk.evil.com/',
    'app://user:pw@desk/',
    'app://desk:8080/',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<script>desk.invoke()</script>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });
});

describe('navigation and external links', () => {
  it('the kiosk only navigates within its own page', () => {
    expect(isAllowedNavigation('app://desk/index.html')).toBe(true);
    expect(isAllowedNavigation('https://www.sifely.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });
  it('only https pages on the allow-list open in the system browser', () => {
    expect(isAllowedExternalUrl('https://www.sifely.com/support')).toBe(true);
    expect(isAllowedExternalUrl('https://SIFELY.com/')).toBe(true);
    for (const url of [
      'http://www.sifely.com/',
      'https://www.sifely.com.evil.com/',
      'https://evil.com/?u=https://www.sifely.com',
      'https://user@www.sifely.com/',
      'https://www.sifely.com:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-settings:privacy',
      'smb://server/share',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
  it('the renderer session loads only app:// and inline images; DevTools only in development', () => {
    expect(isAllowedRendererRequest('app://desk/assets/index.js', true)).toBe(true);
    expect(isAllowedRendererRequest('data:image/png;base64,iVBORw0KGgo=', true)).toBe(true);
    expect(isAllowedRendererRequest('https://cus-openapi.sifely.com/v3/lock/list', true)).toBe(false);
    expect(isAllowedRendererRequest('http://127.0.0.1:5178/api', true)).toBe(false);
    expect(isAllowedRendererRequest('ws://127.0.0.1:9222/', true)).toBe(false);
    expect(isAllowedRendererRequest('file:///C:/secrets.json', true)).toBe(false);
    expect(isAllowedRendererRequest('devtools://devtools/bundled/inspector.html', true)).toBe(false);
    expect(isAllowedRendererRequest('devtools://devtools/bundled/inspector.html', false)).toBe(true);
  });
  it("the app:// handler's own file:// reads under the renderer folder are allowed, nothing else on disk", () => {
    const win = (url: string): boolean =>
      isAllowedRendererRequest(url, true, 'C:\\Program Files\\Sifely Front Desk\\resources\\app.asar\\dist\\renderer', path.win32);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer/assets/index-abc.js')).toBe(true);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer')).toBe(false);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer/../../secrets.json')).toBe(false);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer/%2e%2e/main.mjs')).toBe(false);
    expect(win('file:///C:/Program%20Files/Sifely%20Front%20Desk/resources/app.asar/dist/renderer-evil/x.js')).toBe(false);
    expect(win('file:///C:/Users/desk/AppData/Local/Sifely%20Front%20Desk/secrets.json')).toBe(false);
    expect(win('file://fileserver/share/dist/renderer/index.html')).toBe(false);
    const posix = (url: string): boolean => isAllowedRendererRequest(url, true, '/opt/desk/dist/renderer', path.posix);
    expect(posix('file:///opt/desk/dist/renderer/index.html')).toBe(true);
    expect(posix('file:///opt/desk/demo.sqlite')).toBe(false);
    // Without the renderer folder (or for any other folder) no file:// is allowed at all.
    expect(isAllowedRendererRequest('file:///opt/desk/dist/renderer/index.html', true)).toBe(false);
  });
  it('every permission is refused', () => {
    for (const p of ['media', 'notifications', 'hid', 'clipboard-read', 'geolocation', 'openExternal', 'fullscreen'])
      expect(isPermissionAllowed(p)).toBe(false);
  });
});

describe('app:// serves files of the renderer folder and nothing else', () => {
  const root = mkdtempSync(join(tmpdir(), 'desk-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index.js'), '');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps the page and its assets', () => {
    expect(resolveAppPath(root, 'app://desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk/assets/index.js?v=1')).toBe(join(root, 'assets', 'index.js'));
    expect(resolveAppPath(root, 'app://desk/assets/my%20file.js')).toBe(join(root, 'assets', 'my file.js'));
  });

  // The URL parser (Node's and Chromium's alike) resolves dot segments, also %2e%2e, against the
  // root before we see them: these stay inside the renderer folder.
  it.each(['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd', 'app://desk/%252e%252e/x'])(
    'confines %s to the renderer folder',
    (url) => {
      const resolved = resolveAppPath(root, url);
      expect(resolved).not.toBeNull();
      expect(path.relative(root, resolved ?? '/').startsWith('..')).toBe(false);
    },
  );

  it.each([
    'app://desk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://desk/..%2f..%2fsecrets.json',
    'app://desk/%E0%A4%A', // malformed escape
    'app://desk/index.html%00.png',
    'app://evil/index.html',
    'app://desk/..\\..\\Windows\\win.ini',
    'app://desk/%5c..%5c..%5cWindows%5cwin.ini',
    'app://desk/C:/Windows/win.ini',
    'app://desk/index.html::$DATA',
    'app://desk/CON',
    'app://desk/con.txt',
    'app://desk/assets/NUL.js',
    'app://desk/COM1',
    'app://desk/lpt9.html',
    'app://desk/index.html.',
    'app://desk/index.html%2e',
    'app://desk/assets./index.js',
    'app://desk/index.html%20',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('holds with Windows path rules too (backslashes, drive letters, UNC)', () => {
    const winRoot = 'C:\\Program Files\\Sifely Front Desk\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppPath(winRoot, 'app://desk/assets/index.js', path.win32)).toBe(`${winRoot}\\assets\\index.js`);
    for (const url of [
      'app://desk/..\\..\\..\\secrets.json',
      'app://desk/%5C%5Cserver%5Cshare',
      'app://desk/C:%5CWindows',
      'app://desk/..%2f..%2fx',
      'app://desk/d:/x',
    ]) {
      expect(resolveAppPath(winRoot, url, path.win32), url).toBeNull();
    }
  });
});

describe('kiosk keys', () => {
  const key = (k: string, mods: Partial<{ control: boolean; shift: boolean; meta: boolean; alt: boolean }> = {}) => ({
    type: 'keyDown',
    key: k,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...mods,
  });
  it('production swallows reload, zoom, DevTools and leaving full screen', () => {
    for (const input of [
      key('F5'),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('+', { control: true }),
      key('=', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('F12'),
      key('I', { control: true, shift: true }),
      key('F11'),
      key('w', { control: true }),
    ]) {
      expect(isBlockedShortcut(input, true), JSON.stringify(input)).toBe(true);
    }
  });
  it('leaves typing, card bursts and copy/paste alone, and development builds untouched', () => {
    for (const input of [
      key('1'),
      key('Enter'),
      key('r'),
      key('c', { control: true }),
      key('v', { control: true }),
      key('Tab', { shift: true }),
    ]) {
      expect(isBlockedShortcut(input, true), JSON.stringify(input)).toBe(false);
    }
    expect(isBlockedShortcut(key('F5'), false)).toBe(false);
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' }, true)).toBe(false);
  });
});
