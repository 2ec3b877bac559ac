import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptDataDir, deskDataDir, legacyDataDirs, PACKAGE_NAME, type DataDirInput } from '../../electron/main/data-dir';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; productName?: string };
const builder = load(readFileSync('electron-builder.yml', 'utf8')) as { productName: string; nsis: { shortcutName: string } };
const readme = readFileSync('README.md', 'utf8');

const windowsPc = (productName: string): DataDirInput => ({
  platform: 'win32',
  env: { LOCALAPPDATA: 'C:\\Users\\Reception\\AppData\\Local', APPDATA: 'C:\\Users\\Reception\\AppData\\Roaming' },
  appData: 'C:\\Users\\Reception\\AppData\\Roaming',
  home: 'C:\\Users\\Reception',
  productName,
});

describe('the packaged name, the data folder and the README agree', () => {
  it("package.json carries the productName (Electron names the app from it; electron-builder.yml's is not copied there)", () => {
    expect(pkg.productName).toBe('Sifely Front Desk');
    expect(builder.productName).toBe(pkg.productName);
    expect(builder.nsis.shortcutName).toBe(pkg.productName);
    expect(PACKAGE_NAME).toBe(pkg.name);
  });

  it("on Windows the data is in the desk account's %LOCALAPPDATA%\\<productName>, which never roams", () => {
    expect(deskDataDir(windowsPc(pkg.productName!))).toBe('C:\\Users\\Reception\\AppData\\Local\\Sifely Front Desk');
    // No LOCALAPPDATA in the environment (a service-like start): the same folder from the profile.
    expect(deskDataDir({ ...windowsPc(pkg.productName!), env: {} })).toBe('C:\\Users\\Reception\\AppData\\Local\\Sifely Front Desk');
  });

  it('the README names that folder for kiosk.json and the data, and no longer the roaming one', () => {
    expect(readme).toContain(`%LOCALAPPDATA%\\${pkg.productName}\\kiosk.json`);
    expect(readme).not.toMatch(/%APPDATA%\\Sifely Front Desk\\kiosk\.json/);
  });

  it("the folders earlier versions used are the roaming ones: Electron's package-name folder and the README's old one", () => {
    expect(legacyDataDirs(windowsPc(pkg.productName!), pkg.name)).toEqual([
      'C:\\Users\\Reception\\AppData\\Roaming\\Sifely Front Desk',
      'C:\\Users\\Reception\\AppData\\Roaming\\sifely-front-desk',
    ]);
  });
});

describe("an earlier version's data folder is moved, never left behind (it holds the outbox)", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'desk-data-dir-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const target = (): string => join(root, 'Local', 'Sifely Front Desk');
  const legacy = (): string[] => [join(root, 'Roaming', 'Sifely Front Desk'), join(root, 'Roaming', 'sifely-front-desk')];
  const deskIn = (dir: string, files: Record<string, string>): void => {
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  };

  it('moves the whole old folder (database, WAL, secrets, Chromium Local State) on the first start of this version', () => {
    mkdirSync(join(root, 'Local'));
    deskIn(legacy()[1]!, { 'desk.sqlite': 'db', 'desk.sqlite-wal': 'wal', 'secrets.json': '{}', 'Local State': '{"os_crypt":{}}' });
    expect(adoptDataDir(target(), legacy())).toEqual({ dir: target(), moved: legacy()[1] });
    for (const f of ['desk.sqlite', 'desk.sqlite-wal', 'secrets.json', 'Local State']) expect(existsSync(join(target(), f)), f).toBe(true);
    expect(existsSync(legacy()[1]!)).toBe(false);
    // Next start: the new folder exists, nothing moves again.
    expect(adoptDataDir(target(), legacy())).toEqual({ dir: target() });
  });

  it('a fresh PC, or an old folder with no desk in it (only Chromium files), starts in the new folder', () => {
    expect(adoptDataDir(target(), legacy())).toEqual({ dir: target() });
    deskIn(legacy()[0]!, { 'Local State': '{}' });
    expect(adoptDataDir(target(), legacy())).toEqual({ dir: target() });
    expect(existsSync(legacy()[0]!)).toBe(true);
  });

  it('never replaces a new folder that already exists', () => {
    deskIn(target(), { 'desk.sqlite': 'new' });
    deskIn(legacy()[0]!, { 'desk.sqlite': 'old' });
    expect(adoptDataDir(target(), legacy())).toEqual({ dir: target() });
    expect(readFileSync(join(target(), 'desk.sqlite'), 'utf8')).toBe('new');
  });

  it('if the move fails (a file in use), this start uses the old folder rather than an empty second desk', () => {
    deskIn(legacy()[0]!, { 'kiosk.json': '{}' });
    const choice = adoptDataDir(target(), legacy(), {
      exists: existsSync,
      rename: () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    });
    expect(choice.dir).toBe(legacy()[0]);
    expect(choice.problem).toMatch(/EBUSY/);
  });
});
