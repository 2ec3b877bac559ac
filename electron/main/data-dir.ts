import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the desk keeps its data (database with the outbox, secrets.json, kiosk.json, logs), as pure
 * functions (no 'electron' import) so the Windows rules are tested on Linux.
 *
 * The choice: one Windows account runs the desk (the reception's account; the clerks tell
 * themselves apart with desk PINs, not Windows accounts), and its data lives in that account's
 * %LOCALAPPDATA%\<productName>, which never roams. Why not a machine-wide %ProgramData% folder:
 * the Sifely password is sealed with Electron's safeStorage, i.e. DPAPI in *user* scope, keyed by
 * the os_crypt key in Chromium's "Local State" of the same folder, so another account could never
 * read it (and Chromium would replace that key); and a roaming %APPDATA% would sync a live SQLite
 * WAL between PCs. Same account, same machine: data, DPAPI scope and the start-at-login value agree.
 */
export interface DataDirInput {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Electron's app.getPath('appData'): %APPDATA% (roaming) on Windows. */
  appData: string;
  /** Electron's app.getPath('home'). */
  home: string;
  /** package.json's productName, which Electron reports as app.getName(). */
  productName: string;
}

export function deskDataDir(i: DataDirInput): string {
  if (i.platform !== 'win32') return path.join(i.appData, i.productName);
  const local = i.env['LOCALAPPDATA'] || path.win32.join(i.home, 'AppData', 'Local');
  return path.win32.join(local, i.productName);
}

/**
 * Folders earlier versions wrote to: `%APPDATA%\sifely-front-desk` (what Electron chose while the
 * productName was missing from package.json) and `%APPDATA%\Sifely Front Desk` (what the README
 * promised). Newest first.
 */
export function legacyDataDirs(i: DataDirInput, packageName: string): string[] {
  const p = i.platform === 'win32' ? path.win32 : path;
  return [p.join(i.appData, i.productName), p.join(i.appData, packageName)].filter((d) => d !== deskDataDir(i));
}

/** What the desk writes into its folder: a folder holding none of these is not a desk's. */
const DESK_FILES = ['desk.sqlite', 'demo.sqlite', 'secrets.json', 'kiosk.json'];

export type DataDirChoice = { dir: string; moved?: string; problem?: string };

/**
 * Picks the folder for this start. When the new folder does not exist yet and an old one holds a
 * desk, the old folder is moved whole (database, WAL, secrets and Chromium's "Local State" with the
 * key that decrypts them): the database holds the outbox of pending revocations, so it must never
 * be left behind. If the move fails (a file in use), the old folder is used as it is for this start
 * rather than starting a second, empty desk beside it.
 */
export function adoptDataDir(
  target: string,
  legacy: readonly string[],
  fs: { exists(p: string): boolean; rename(from: string, to: string): void } = { exists: existsSync, rename: renameSync },
): DataDirChoice {
  if (fs.exists(target)) return { dir: target };
  const old = legacy.find((d) => DESK_FILES.some((f) => fs.exists(path.join(d, f))));
  if (!old) return { dir: target };
  try {
    fs.rename(old, target);
    return { dir: target, moved: old };
  } catch (e) {
    return {
      dir: old,
      problem: `could not move the desk's data from ${old} to ${target} (${e instanceof Error ? e.message : String(e)}); using ${old} for now`,
    };
  }
}

/** package.json's `name`: what Electron named the data folder while `productName` was missing there. */
export const PACKAGE_NAME = 'sifely-front-desk';
