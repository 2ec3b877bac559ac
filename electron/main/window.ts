import { BrowserWindow, Menu, shell } from 'electron';
import { createLogger } from '../core/log';
import { APP_ORIGIN, isAllowedExternalUrl, isAllowedNavigation, isBlockedShortcut } from './policy';
import { logFailure } from './process-guards';
import { refuseCloseUnlessQuitting } from './window-lifecycle';

const log = createLogger('window');

export interface KioskOptions {
  /** Full screen kiosk with no way out but the desk's own controls. */
  kiosk: boolean;
  /** Packaged build: no DevTools, reload and zoom keys swallowed. */
  production: boolean;
  preload: string;
  /** True once a quit is under way (shutdown.ts); until then every close of the window is refused. */
  quitting: () => boolean;
}

/** After this many renderer crashes in a minute the window stops reloading (a crash loop). */
const MAX_RELOADS_PER_MINUTE = 3;

/**
 * The desk's one window, hardened per Electron's security checklist: context isolation, sandbox,
 * no Node, our app:// origin only, no navigation, no new windows, external links only through the
 * allow-list. A crashed renderer is reloaded so the desk comes back by itself.
 */
export function createDeskWindow(opts: KioskOptions): BrowserWindow {
  if (opts.production) Menu.setApplicationMenu(null);
  const w = new BrowserWindow({
    width: 1366,
    height: 768,
    show: false,
    kiosk: opts.kiosk,
    fullscreen: opts.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !opts.production,
      // Middle-click would otherwise open links in new windows (electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const wc = w.webContents;

  const refuseNavigation = (e: { preventDefault(): void }, url: string): void => {
    if (isAllowedNavigation(url)) return;
    e.preventDefault();
    log.warn(`blocked navigation to ${url}`);
  };
  wc.on('will-navigate', refuseNavigation);
  wc.on('will-redirect', refuseNavigation);
  wc.on('will-attach-webview', (e) => e.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    // A link to an allowed site opens in the system browser; the kiosk itself never gets a window.
    if (isAllowedExternalUrl(url)) shell.openExternal(url).catch(logFailure(log, `opening ${url} in the browser`));
    else log.warn(`blocked new window for ${url}`);
    return { action: 'deny' };
  });

  wc.on('before-input-event', (e, input) => {
    if (isBlockedShortcut(input, opts.production)) e.preventDefault();
  });
  if (opts.production) {
    // Ctrl + mouse wheel and pinch zoom do not go through before-input-event.
    wc.setVisualZoomLevelLimits(1, 1).catch(logFailure(log, 'locking the zoom level'));
    wc.on('zoom-changed', () => wc.setZoomFactor(1));
    wc.on('devtools-opened', () => wc.closeDevTools());
  }

  const recentCrashes: number[] = [];
  wc.on('render-process-gone', (_e, details) => {
    log.error(`renderer gone (${details.reason}, exit ${details.exitCode})`);
    if (details.reason === 'clean-exit' || w.isDestroyed()) return;
    const now = Date.now();
    while (recentCrashes.length && now - (recentCrashes[0] ?? now) > 60_000) recentCrashes.shift();
    recentCrashes.push(now);
    if (recentCrashes.length > MAX_RELOADS_PER_MINUTE) {
      log.error('renderer keeps crashing: not reloading again; restart the desk');
      return;
    }
    // loadURL rejects with ERR_ABORTED when another load replaces it (electron/electron#27574).
    w.loadURL(`${APP_ORIGIN}/`).catch(logFailure(log, 'reloading the desk page'));
  });
  wc.on('unresponsive', () => log.warn('renderer unresponsive'));

  // Alt+F4 and the like: a development window (not a kiosk) closes normally.
  if (opts.production)
    refuseCloseUnlessQuitting(w, opts.quitting, () => log.info('window close refused: use the manager\'s "Quit the desk"'));
  w.once('ready-to-show', () => w.show());
  w.loadURL(`${APP_ORIGIN}/`).catch(logFailure(log, 'loading the desk page'));
  return w;
}
