/**
 * Real processes for the crash scenarios: a TypeScript entry bundled once with esbuild (so each of
 * the many starts is a plain `node`), run with its stdout collected, and optionally SIGKILLed a
 * chosen time after it prints "ready". The same approach as test/integration/access-crash.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { checkoutTag } from '../support/checkout-tag';

export async function bundle(entry: string): Promise<string> {
  const cache = join(import.meta.dirname, '../../node_modules/.cache/desk-reliability');
  mkdirSync(cache, { recursive: true });
  // Named for this checkout: worktrees share node_modules, and another checkout's bundle is other code.
  const out = join(cache, basename(entry).replace(/\.ts$/, `-${checkoutTag()}.mjs`));
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'silent',
  });
  return out;
}

export interface ChildRun {
  out: string;
  killed: boolean;
}

/** Runs `script`; with `killAfterReadyMs`, sends SIGKILL that long after the child says "ready". `onReady` runs at "ready". */
/** `clockMs`: the instant the child's desk clock starts at (DESK_TEST_CLOCK), so it goes on from the parent's time. */
export function runChild(
  script: string,
  args: string[],
  opts: { killAfterReadyMs?: number; onReady?: () => void; clockMs?: number } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const env = opts.clockMs === undefined ? process.env : { ...process.env, DESK_TEST_CLOCK: String(opts.clockMs) };
    const p = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    let armed = false;
    p.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (!armed && out.includes('ready')) {
        armed = true;
        opts.onReady?.();
        if (opts.killAfterReadyMs !== undefined) {
          const t = setTimeout(() => p.kill('SIGKILL'), opts.killAfterReadyMs);
          p.once('exit', () => clearTimeout(t));
        }
      }
    });
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    // A desk that has not exited a minute after starting is killed like the others (its state must
    // survive a kill anyway) and said loudly: two runs in twenty hit the 300 s test limit without a
    // reason (2026-12-03); this line is how the next one shows where it stood.
    const watchdog = setTimeout(() => {
      console.log(
        `[reliability] child ${args[0] ?? ''} still running after 60 s, killed; stdout: ${out.slice(-500)} stderr: ${err.slice(-1500)}`,
      );
      p.kill('SIGKILL');
    }, 60_000);
    p.once('exit', () => clearTimeout(watchdog));
    p.on('error', reject);
    p.on('exit', (code, signal) =>
      code === 0 || signal === 'SIGKILL'
        ? resolve({ out, killed: signal === 'SIGKILL' })
        : reject(new Error(`child exited ${code}: ${err}`)),
    );
  });
}
