import { app, dialog, net, session, type BrowserWindow } from 'electron';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, msg, type WireMessage } from '../../shared/messages';
import { isLanguage, type Language } from '../../shared/messages/languages';
import { createDesk, type Desk } from '../core/desk';
import { createLogger, setLogSink } from '../core/log';
import { createRotatingFileLog, formatLogLine, teeSinks, type RotatingLog } from '../core/logging/rotating-file-sink';
import { SecretStoreError } from '../core/secrets/cipher';
import { createSecretStore } from '../core/secrets/secret-store';
import { runSelfTest } from '../core/self-test';
import { systemClock } from '../core/time/clock';
import { adoptDataDir, deskDataDir, legacyDataDirs, PACKAGE_NAME, type DataDirChoice, type DataDirInput } from './data-dir';
import { refuseDebugStart } from './debug-switches';
import { bindDeskToIpc } from './ipc';
import { loadKioskSettings, type KioskSettings } from './kiosk-settings';
import { syncLoginItem } from './login-item';
import { electronHttpFetch } from './net-fetch';
import { installProcessGuards } from './process-guards';
import { registerAppScheme, serveRenderer } from './protocol';
import { safeStorageCipher } from './secrets';
import { hardenSession } from './session';
import { createShutdown } from './shutdown';
import { electronSlipPrinter } from './slip-printer';
import { createDeskWindow } from './window';
import { createWindowSlot } from './window-lifecycle';

const log = createLogger('main');
const production = app.isPackaged;

// First of all: from here on a stray rejection or exception is logged, never Electron's error
// dialog over the kiosk.
installProcessGuards(process, log);

// Must run before `ready`: app:// becomes a standard, secure scheme (security checklist #18).
registerAppScheme();

/** How long a quit waits for the desk to close (outbox grace, database close) before closing the file at once. */
const CLOSE_GRACE_MS = 6_000;

function dataDirInput(): DataDirInput {
  return {
    platform: process.platform,
    env: process.env,
    appData: app.getPath('appData'),
    home: app.getPath('home'),
    productName: app.getName(),
  };
}

/**
 * Before anything reads userData (logs, the single-instance lock, Chromium's own files): the
 * desk's one non-roaming folder (data-dir.ts), moving an earlier version's folder there once.
 * `--user-data-dir` (the Electron smoke test's scratch folder) is respected as given.
 */
function useDeskDataDir(): DataDirChoice {
  if (app.commandLine.hasSwitch('user-data-dir')) return { dir: app.getPath('userData') };
  const input = dataDirInput();
  const choice = adoptDataDir(deskDataDir(input), legacyDataDirs(input, PACKAGE_NAME));
  app.setPath('userData', choice.dir);
  return choice;
}

function useLogFiles(): RotatingLog {
  const files = createRotatingFileLog({ dir: join(app.getPath('userData'), 'logs'), maxBytes: 2 * 1024 * 1024, maxFiles: 5 });
  const toConsole = (...args: Parameters<typeof files.sink>): void => {
    process.stderr.write(formatLogLine(args[0], args[1], args[2], args[3], Date.now()));
  };
  setLogSink(production ? files.sink : teeSinks(files.sink, toConsole));
  // Any exit the shutdown did not see (a crash, app.exit elsewhere): the queued lines still land.
  process.on('exit', () => files.flushSync());
  return files;
}

/**
 * `--self-test`: open + migrate a scratch database and start the core, then exit 0/1 (CI, installer
 * checks). It also prints the data folder the desk would use (CI checks its name), without
 * creating or moving anything there.
 */
async function selfTest(): Promise<void> {
  // Chromium's own files for this run go to a scratch folder too, never into the user's profile.
  const scratch = join(app.getPath('temp'), `sifely-desk-self-test-${process.pid}`);
  app.setPath('userData', scratch);
  const dbFile = join(app.getPath('temp'), `sifely-desk-self-test-${process.pid}.sqlite`);
  // A scratch file, never the desk's own: demo mode against the real store could act on real rows.
  const report = await runSelfTest({ dbFile, clock: systemClock });
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  const lines = [`data folder: ${deskDataDir(dataDirInput())}`, ...report.steps];
  process.stdout.write(`${lines.map((s) => `self-test: ${s}`).join('\n')}\n`);
  if (!report.ok) process.stderr.write(`self-test FAILED: ${report.error ?? 'unknown error'}\n`);
  // Nothing of the desk is running here: exit() skipping before-quit loses nothing.
  app.exit(report.ok ? 0 : 1);
}

/** Before any screen exists there is no clerk's choice yet: the start-up dialogs speak the PC's language. */
function inPcLanguage(m: WireMessage): string {
  const lang = app.getLocale().slice(0, 2);
  return formatMessage(m, isLanguage(lang) ? lang : ('en' satisfies Language));
}

function runDesk(dataDir: DataDirChoice): void {
  let desk: Desk | null = null;
  let kiosk: KioskSettings | null = null;
  const windows = createWindowSlot<BrowserWindow>();
  const logFiles = useLogFiles();
  const shutdown = createShutdown(app, { desk: () => desk, graceMs: CLOSE_GRACE_MS, log, logFiles });

  function openWindow(settings: KioskSettings): BrowserWindow {
    const w = createDeskWindow({
      kiosk: settings.kiosk,
      production,
      preload: join(import.meta.dirname, 'preload.cjs'),
      quitting: () => shutdown.isQuitting(),
    });
    // Windows shutdown or log-off emits neither before-quit nor will-quit (Electron's app docs):
    // this is the only moment to close the database.
    w.on('session-end', (e) => shutdown.sessionEnd(e.reasons.join(', ')));
    return windows.set(w);
  }

  async function start(): Promise<void> {
    if (dataDir.moved) log.info(`moved the desk's data from ${dataDir.moved} to ${dataDir.dir}`);
    if (dataDir.problem) log.error(dataDir.problem);
    await app.whenReady();
    const userData = app.getPath('userData');
    const { settings, problem } = loadKioskSettings(join(userData, 'kiosk.json'), production);
    if (problem) log.warn(problem);
    if (production && process.platform === 'win32') {
      const change = syncLoginItem(app, settings.startAtLogin, process.execPath);
      if (change !== 'unchanged') log.info(`start at login ${change}`);
    }

    const secrets = createSecretStore({ file: join(userData, 'secrets.json'), cipher: safeStorageCipher });
    let sifely;
    try {
      sifely = (await secrets.getSifelyCredential()) ?? undefined;
    } catch (e) {
      // Never fall back to demo mode with a real property's database: the outbox would send real
      // revocations to the simulator. Stop with the reason instead.
      log.error('stored Sifely credential unusable', e);
      dialog.showErrorBox(
        'Sifely Front Desk',
        inPcLanguage(e instanceof SecretStoreError ? e.msg : msg('setup.startup.credentialUnreadable')),
      );
      app.exit(1);
      return;
    }

    const rendererDir = join(import.meta.dirname, '../dist/renderer');
    hardenSession(session.defaultSession, production, rendererDir);
    serveRenderer(rendererDir);
    // Demo mode keeps its own database: pretend bookings and credentials never mix with a real
    // property's, and signing in to a real account starts from a clean store.
    desk = await createDesk({
      clock: systemClock,
      dbFile: join(userData, sifely ? 'desk.sqlite' : 'demo.sqlite'),
      sifely,
      // Chromium's network stack: the Windows proxy and certificate store (net-fetch.ts).
      fetch: electronHttpFetch((input, init) => net.fetch(input, init)),
      // Slips saved as PDF carry door codes: under the app's data folder, never Documents (often
      // synced to a cloud drive); the desk deletes them at checkout and after a day.
      slipDir: join(userData, 'slips'),
      // The manager's diagnostics export: the data folder's exports\, with the logs (scrubbed).
      diagnostics: {
        outDir: join(userData, 'exports'),
        logFiles: () => logFiles.files(),
        info: { version: app.getVersion(), platform: process.platform },
      },
      printer: electronSlipPrinter({
        pdfDir: join(userData, 'slips'),
        production,
        webContents: () => windows.current()?.webContents ?? null,
      }),
      // The manager's "Quit the desk" (setup): the same orderly quit as every other exit.
      quit: () => shutdown.quit(),
      // A Sifely account saved in setup takes effect on a fresh start (its own database, see above):
      // the desk closes first, then restarts (app.exit would skip the close).
      // Guest delivery's SMTP password and SMS token: sealed in the same store as the Sifely password.
      delivery: { secrets: { get: (name) => secrets.getSecret(name), set: (name, value) => secrets.setSecret(name, value) } },
      sifelyCredentialSink: {
        save: async (credential) => {
          await secrets.setSifelyCredential(credential);
          setTimeout(() => shutdown.quit({ relaunch: true }), 3000);
        },
      },
    });
    log.info(desk.demo ? 'started in demo mode (no Sifely account saved)' : 'started with the saved Sifely account');
    bindDeskToIpc(desk, () => windows.current()?.webContents ?? null);
    kiosk = settings;
    openWindow(settings);
  }

  app.on('second-instance', () => {
    // A second start brings the desk forward; if its window is gone while the desk still runs,
    // a new one opens. Not while quitting, and not before the desk has started.
    const outcome = windows.reveal(() => (kiosk && desk && !shutdown.isQuitting() ? openWindow(kiosk) : null));
    log.info(`second start of the desk: window ${outcome}`);
  });
  // Closes are refused unless a quit is under way (window-lifecycle.ts), so in the installed app
  // this only happens while quitting; in development it is closing the window.
  app.on('window-all-closed', () => shutdown.quit());
  start().catch((e: unknown) => {
    log.error('the desk could not start', e);
    dialog.showErrorBox(
      'Sifely Front Desk',
      inPcLanguage(msg('setup.startup.failed', { reason: e instanceof Error ? e.message : String(e) })),
    );
    if (desk) shutdown.quit();
    else app.exit(1);
  });
}

// The installed desk never runs with a debugger attached (debug-switches.ts): refuse before any
// secret is read or a window opens.
const debugSwitches = refuseDebugStart(production, process.argv, process.env);
if (debugSwitches) {
  process.stderr.write(`refusing to start with debugging switches: ${debugSwitches.join(' ')}\n`);
  app
    .whenReady()
    .then(() =>
      dialog.showErrorBox('Sifely Front Desk', inPcLanguage(msg('setup.startup.debugRefused', { switches: debugSwitches.join(' ') }))),
    )
    .catch(() => undefined)
    .finally(() => app.exit(1));
} else if (process.argv.includes('--self-test')) {
  selfTest().catch((e: unknown) => {
    process.stderr.write(`self-test FAILED: ${String(e)}\n`);
    app.exit(1);
  });
} else {
  const dataDir = useDeskDataDir();
  // Electron keeps the lock in the data folder: one running desk per folder.
  if (!app.requestSingleInstanceLock()) app.quit();
  else runDesk(dataDir);
}
