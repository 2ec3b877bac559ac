import { app, dialog, session, type BrowserWindow } from 'electron';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, msg, type WireMessage } from '../../shared/messages';
import { isLanguage, type Language } from '../../shared/messages/languages';
import { createDesk, type Desk } from '../core/desk';
import { createLogger, setLogSink } from '../core/log';
import { createRotatingFileLog, formatLogLine, teeSinks } from '../core/logging/rotating-file-sink';
import { SecretStoreError } from '../core/secrets/cipher';
import { createSecretStore } from '../core/secrets/secret-store';
import { runSelfTest } from '../core/self-test';
import { systemClock } from '../core/time/clock';
import { bindDeskToIpc } from './ipc';
import { loadKioskSettings } from './kiosk-settings';
import { registerAppScheme, serveRenderer } from './protocol';
import { safeStorageCipher } from './secrets';
import { hardenSession } from './session';
import { electronSlipPrinter } from './slip-printer';
import { createDeskWindow } from './window';

const log = createLogger('main');
const production = app.isPackaged;

// Must run before `ready`: app:// becomes a standard, secure scheme (security checklist #18).
registerAppScheme();

/** The HKCU Run value name; build/installer.nsh removes it on uninstall. */
const LOGIN_ITEM_NAME = 'SifelyFrontDesk';

let win: BrowserWindow | null = null;
let desk: Desk | null = null;

function useLogFiles(): void {
  const files = createRotatingFileLog({ dir: join(app.getPath('userData'), 'logs'), maxBytes: 2 * 1024 * 1024, maxFiles: 5 });
  const toConsole = (...args: Parameters<typeof files.sink>): void => {
    process.stderr.write(formatLogLine(args[0], args[1], args[2], args[3], Date.now()));
  };
  setLogSink(production ? files.sink : teeSinks(files.sink, toConsole));
}

/** `--self-test`: open + migrate a scratch database and start the core, then exit 0/1 (CI, installer checks). */
async function selfTest(): Promise<void> {
  const dbFile = join(app.getPath('temp'), `sifely-desk-self-test-${process.pid}.sqlite`);
  // A scratch file, never the desk's own: demo mode against the real store could act on real rows.
  const report = await runSelfTest({ dbFile, clock: systemClock });
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  process.stdout.write(`${report.steps.map((s) => `self-test: ${s}`).join('\n')}\n`);
  if (!report.ok) process.stderr.write(`self-test FAILED: ${report.error ?? 'unknown error'}\n`);
  app.exit(report.ok ? 0 : 1);
}

/** Before any screen exists there is no clerk's choice yet: the start-up dialogs speak the PC's language. */
function inPcLanguage(m: WireMessage): string {
  const lang = app.getLocale().slice(0, 2);
  return formatMessage(m, isLanguage(lang) ? lang : ('en' satisfies Language));
}

async function start(): Promise<void> {
  useLogFiles();
  await app.whenReady();
  const userData = app.getPath('userData');
  const { settings, problem } = loadKioskSettings(join(userData, 'kiosk.json'), production);
  if (problem) log.warn(problem);
  if (production && process.platform === 'win32') app.setLoginItemSettings({ openAtLogin: settings.startAtLogin, name: LOGIN_ITEM_NAME });

  const secrets = createSecretStore({ file: join(userData, 'secrets.json'), cipher: safeStorageCipher });
  let sifely;
  try {
    sifely = (await secrets.getSifelyCredential()) ?? undefined;
  } catch (e) {
    // Never fall back to demo mode with a real property's database: the outbox would send real
    // revocations to the simulator. Stop with the reason instead.
    log.error('stored Sifely credential unusable', e);
    dialog.showErrorBox('Sifely Front Desk', inPcLanguage(e instanceof SecretStoreError ? e.msg : msg('setup.startup.credentialUnreadable')));
    app.exit(1);
    return;
  }

  hardenSession(session.defaultSession, production);
  serveRenderer(join(import.meta.dirname, '../dist/renderer'));
  // Demo mode keeps its own database: pretend bookings and credentials never mix with a real
  // property's, and signing in to a real account starts from a clean store.
  desk = await createDesk({
    clock: systemClock,
    dbFile: join(userData, sifely ? 'desk.sqlite' : 'demo.sqlite'),
    sifely,
    printer: electronSlipPrinter({ pdfDir: join(app.getPath('documents'), 'Sifely slips'), production, webContents: () => win?.webContents ?? null }),
    // A Sifely account saved in setup takes effect on a fresh start (its own database, see above).
    sifelyCredentialSink: {
      save: async (credential) => {
        await secrets.setSifelyCredential(credential);
        setTimeout(() => {
          app.relaunch();
          app.exit(0);
        }, 3000);
      },
    },
  });
  log.info(desk.demo ? 'started in demo mode (no Sifely account saved)' : 'started with the saved Sifely account');
  bindDeskToIpc(desk, () => win?.webContents ?? null);
  win = createDeskWindow({ kiosk: settings.kiosk, production, preload: join(import.meta.dirname, 'preload.cjs') });
}

if (process.argv.includes('--self-test')) {
  selfTest().catch((e: unknown) => {
    process.stderr.write(`self-test FAILED: ${String(e)}\n`);
    app.exit(1);
  });
} else if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void desk?.close());
  start().catch((e: unknown) => {
    log.error('the desk could not start', e);
    dialog.showErrorBox('Sifely Front Desk', inPcLanguage(msg('setup.startup.failed', { reason: e instanceof Error ? e.message : String(e) })));
    app.exit(1);
  });
}
