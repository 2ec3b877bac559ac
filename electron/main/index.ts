import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createDesk, type Desk } from '../core/desk';
import { createLogger } from '../core/log';
import { bindDeskToIpc } from './ipc';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';

const log = createLogger('main');

registerAppScheme();

let win: BrowserWindow | null = null;
let desk: Desk | null = null;

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1366,
    height: 768,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // No navigation away from the desk, no new windows (Electron security checklist #13, #14).
  w.webContents.on('will-navigate', (e, url) => {
    if (new URL(url).origin !== APP_ORIGIN) e.preventDefault();
  });
  w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  w.once('ready-to-show', () => w.show());
  void w.loadURL(`${APP_ORIGIN}/`);
  return w;
}

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(join(import.meta.dirname, '../dist/renderer'));
  desk = await createDesk({ dbFile: join(app.getPath('userData'), 'desk.sqlite') });
  bindDeskToIpc(desk, () => win?.webContents ?? null);
  win = createWindow();
}

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => win?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void desk?.close());
  start().catch((e: unknown) => {
    log.error('the desk could not start', e);
    app.exit(1);
  });
}
