import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml is only used on the Windows build machine, so a typo would surface there,
 * late. This validates it here against app-builder-lib's own JSON schema, and pins the settings
 * the desk's security and data safety depend on.
 */
const config = load(readFileSync('electron-builder.yml', 'utf8'), { filename: 'electron-builder.yml' }) as Record<string, unknown>;
const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;

function validate(candidate: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return check(candidate) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('electron-builder.yml', () => {
  it("is valid against app-builder-lib's schema", () => {
    expect(validate(config)).toEqual([]);
  });

  it('the schema check catches a typo or a bad value (the test can fail)', () => {
    expect(validate({ ...config, nsiss: {} })).not.toEqual([]);
    expect(validate({ ...config, nsis: { ...(config['nsis'] as object), perMachine: 'yes' } })).not.toEqual([]);
    expect(validate({ ...config, electronFuses: { runAsNode: false, runAsNodee: false } })).not.toEqual([]);
  });

  it('sets the Electron fuses of the security checklist', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-machine NSIS installer with shortcuts that never deletes the desk data', () => {
    expect(config['win']).toMatchObject({ target: [{ target: 'nsis', arch: ['x64'] }] });
    expect(config['nsis']).toMatchObject({
      oneClick: false,
      perMachine: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config['asarUnpack']).toContain('**/*.node');
  });

  it('every resource it names exists, and packs the bundles the app starts from', () => {
    const win = config['win'] as { icon: string };
    const nsis = config['nsis'] as { include: string; installerIcon: string };
    for (const f of [win.icon, nsis.include, nsis.installerIcon]) expect(existsSync(f), f).toBe(true);
    const ico = readFileSync(win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // ICO type
    expect(ico[6]).toBe(0); // 0 = 256 px, what Windows installers need
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(config['files']).toEqual(expect.arrayContaining(['dist-electron/**', 'dist/renderer/**', 'package.json']));
    expect(pkg.main.startsWith('dist-electron/')).toBe(true);
  });
});
