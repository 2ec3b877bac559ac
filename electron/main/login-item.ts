/**
 * Start at Windows login. The desk's data belongs to the one Windows account that runs it
 * (data-dir.ts), so its start-at-login is that account's own Run value (HKCU), written by the app
 * itself: written only when it is not already as wanted (once per machine, not at every start),
 * and removed by the app when kiosk.json says `"startAtLogin": false`. The elevated per-machine
 * uninstaller cannot know that account's HKCU; build/installer.nsh removes the value as the
 * desktop's user, and only on a real uninstall (never on an upgrade).
 *
 * No 'electron' import: index.ts passes `app`, Vitest a fake.
 */
export const LOGIN_ITEM_NAME = 'SifelyFrontDesk';

export interface LoginItemApi {
  getLoginItemSettings(options: { path: string; args: string[] }): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean; name: string; path: string; args: string[] }): void;
}

export function syncLoginItem(api: LoginItemApi, wanted: boolean, exePath: string): 'written' | 'removed' | 'unchanged' {
  const args: string[] = [];
  const current = api.getLoginItemSettings({ path: exePath, args }).openAtLogin;
  if (current === wanted) return 'unchanged';
  api.setLoginItemSettings({ openAtLogin: wanted, name: LOGIN_ITEM_NAME, path: exePath, args });
  return wanted ? 'written' : 'removed';
}
