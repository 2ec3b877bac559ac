import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
}

function scan(dir: string): { checks: number; errors: number; findings: Finding[] } {
  const r = spawnSync(process.execPath, ['test/security/run-electronegativity.mjs', dir], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as { checks: number; errors: number; findings: Finding[] };
}

/**
 * Findings we accept, each with the reason. Keyed by check and file, so the same finding in a new
 * place fails the suite until someone reviews it.
 */
const ACCEPTED: Record<string, string> = {
  // The CSP is sent as a response header by the app:// handler (protocol.ts) from
  // shared/security/csp.ts; the scanner only recognises literal strings in onHeadersReceived or
  // HTML meta tags. The policy itself is checked below.
  'CSP_GLOBAL_CHECK N/A': 'CSP set from shared/security/csp.ts by protocol.ts',
  // Our preload is the 1.5 KB bundle of electron/preload/index.ts: it exposes invoke/on for the
  // contract's channel names only, never ipcRenderer; main re-validates sender and payload.
  'PRELOAD_JS_CHECK main/window.ts': 'reviewed preload',
  // shell.openExternal is reached only after isAllowedExternalUrl (https + host allow-list),
  // tested in shell-policy.test.ts.
  'OPEN_EXTERNAL_JS_CHECK main/window.ts': 'allow-listed openExternal',
};

describe('electronegativity gate on electron/', () => {
  it('has no HIGH or MEDIUM finding outside the justified list', () => {
    const result = scan('electron');
    expect(result.errors, 'files the scanner could not parse hide findings').toBe(0);
    expect(result.checks).toBeGreaterThan(30);
    const blocking = result.findings.filter(
      (f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !(`${f.id} ${f.file}` in ACCEPTED),
    );
    expect(blocking).toEqual([]);
  }, 90_000); // the scan of electron/ alone took 18 s on a loaded 2-core machine

  it('the gate fails on an insecure window (negative control)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eneg-'));
    try {
      writeFileSync(
        join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n",
      );
      const ids = scan(dir)
        .findings.filter((f) => f.severity === 'HIGH')
        .map((f) => f.id);
      expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Content-Security-Policy the app:// handler sends', () => {
  it('allows only our own origin: no inline or eval script, no remote anything, no frames', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(readFileSync('electron/main/protocol.ts', 'utf8')).toMatch(/'Content-Security-Policy', CONTENT_SECURITY_POLICY/);
  });
});
