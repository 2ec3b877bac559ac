import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOGIN_ITEM_NAME, syncLoginItem, type LoginItemApi } from '../../electron/main/login-item';

/** app.get/setLoginItemSettings over one fake HKCU Run key (name → command), as Electron does on Windows. */
function fakeRunKey(): LoginItemApi & { values: Map<string, string>; writes: number } {
  const values = new Map<string, string>();
  return {
    values,
    writes: 0,
    getLoginItemSettings: ({ path }) => ({ openAtLogin: [...values.values()].includes(path) }),
    setLoginItemSettings(s) {
      this.writes++;
      if (s.openAtLogin) values.set(s.name, s.path);
      else values.delete(s.name);
    },
  };
}

const EXE = 'C:\\Program Files\\Sifely Front Desk\\SifelyFrontDesk.exe';

describe('start at login', () => {
  it('is written once, not at every start', () => {
    const run = fakeRunKey();
    expect(syncLoginItem(run, true, EXE)).toBe('written');
    expect(syncLoginItem(run, true, EXE)).toBe('unchanged');
    expect(syncLoginItem(run, true, EXE)).toBe('unchanged');
    expect(run.writes).toBe(1);
    expect(run.values.get(LOGIN_ITEM_NAME)).toBe(EXE);
  });

  it('is removed by the app when kiosk.json turns it off, and not touched when already off', () => {
    const run = fakeRunKey();
    syncLoginItem(run, true, EXE);
    expect(syncLoginItem(run, false, EXE)).toBe('removed');
    expect(run.values.has(LOGIN_ITEM_NAME)).toBe(false);
    expect(syncLoginItem(run, false, EXE)).toBe('unchanged');
    expect(run.writes).toBe(2);
  });

  it('the name is the one build/installer.nsh removes on a real uninstall', () => {
    expect(readFileSync('build/installer.nsh', 'utf8')).toContain(`/v "${LOGIN_ITEM_NAME}"`);
  });
});

describe('the uninstaller and the start-at-login value', () => {
  const nsh = readFileSync('build/installer.nsh', 'utf8');
  const body = /!macro customUnInstall([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';

  it('touches it only on a real uninstall, never on an upgrade (${isUpdated})', () => {
    expect(body).toMatch(/\$\{ifNot\} \$\{isUpdated\}[\s\S]*reg\.exe[\s\S]*\$\{endIf\}/);
  });

  it("removes it as the desktop's user, not in the elevated uninstaller's own HKCU", () => {
    expect(body).toContain('${StdUtils.ExecShellAsUser}');
    expect(body).not.toMatch(/^\s*DeleteRegValue\s+HKCU/m);
  });
});
