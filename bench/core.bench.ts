/**
 * Cold start of the core and main-side memory with 100 000 bookings (each in a fresh process), and
 * the renderer's JavaScript gzipped (a production build into a private folder, so a concurrent
 * e2e run's dist/renderer is left alone). Run alone: npx tsx bench/core.bench.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { closeDatabase } from '../electron/core/db/open';
import { generateBenchStore } from './bookings-data';
import { ms, summarize, type SummaryRow } from './stats';

const root = join(import.meta.dirname, '..');

/** Bundled once so each sample is a plain `node` start (no TypeScript loader in the measured process). */
async function bundleChild(): Promise<string> {
  const cache = join(root, 'node_modules/.cache/desk-bench');
  mkdirSync(cache, { recursive: true });
  const out = join(cache, 'core-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'child/core-child.ts')],
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

function runChild(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').at(-1)!) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

export async function runCoreBench(count = 100_000, runs = 9): Promise<SummaryRow[]> {
  const child = await bundleChild();
  const store = generateBenchStore(count);
  const file = store.db.name;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(store.db);
  const cold: number[] = [];
  let todaySize = 0;
  for (let i = 0; i < runs; i++) {
    const r = JSON.parse(await runChild(child, ['cold', file, String(store.nowMs)])) as { ms: number; today: number };
    cold.push(r.ms);
    todaySize = r.today;
  }
  const rss: number[] = [];
  const deskStart: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = JSON.parse(await runChild(child, ['memory', file, String(store.nowMs)])) as { rssMb: number; startMs: number };
    rss.push(r.rssMb);
    deskStart.push(r.startMs);
  }
  rmSync(join(file, '..'), { recursive: true, force: true });
  const c = summarize(cold);
  const m = summarize(rss);
  const d = summarize(deskStart);
  return [
    {
      what: `Cold start of the core (open + migrate + load today), ${count.toLocaleString('en')} bookings`,
      target: '< 300 ms',
      median: ms(c.median),
      p95: ms(c.p95),
      pass: c.p95 < 300,
      note: `fresh process per run, n=${runs}, today's lists hold ${todaySize} bookings; whole createDesk (demo simulator, reader, feeds) median ${ms(d.median)}`,
    },
    {
      what: `Main-side memory with ${count.toLocaleString('en')} bookings`,
      target: '< 150 MB RSS',
      median: `${m.median.toFixed(0)} MB`,
      p95: `${m.max.toFixed(0)} MB (max)`,
      pass: m.max < 150,
      note: 'createDesk + today + 9 searches, RSS of the core process (Electron adds its own main-process baseline)',
    },
  ];
}

/** A production build of the renderer into a private folder (a concurrent e2e run keeps dist/renderer). */
export function buildRenderer(): { path: string; remove(): void } {
  const out = mkdtempSync(join(tmpdir(), 'desk-bench-renderer-'));
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`renderer build failed: ${r.stderr}`);
  return { path: out, remove: () => rmSync(out, { recursive: true, force: true }) };
}

export function runBundleBench(built: string): SummaryRow[] {
  const files = readdirSync(join(built, 'assets')).filter((f) => f.endsWith('.js'));
  const raw = files.reduce((n, f) => n + readFileSync(join(built, 'assets', f)).length, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(built, 'assets', f)), { level: 9 }).length, 0);
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  return [
    {
      what: 'Renderer JavaScript, gzipped',
      target: '< 250 KB',
      median: kb(gz),
      p95: kb(gz),
      pass: gz < 250 * 1024,
      note: `${files.length} file(s), ${kb(raw)} before gzip (level 9), production build`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdownTable } = await import('./stats');
  const built = buildRenderer();
  const bundle = runBundleBench(built.path);
  built.remove();
  console.log(markdownTable([...bundle, ...(await runCoreBench(Number(process.argv[2] ?? 100_000)))]));
}
