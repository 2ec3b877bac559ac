// `npm test`: typecheck, lint, unit + integration (Vitest), then end-to-end (Playwright in
// Debian's Chromium). Every step runs even if an earlier one failed, so one run shows everything.
// Ends with the plain line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedSteps.push(name);
  return r.status === 0;
}

/** A step that is one check (typecheck, lint, build): counts as one test. */
function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);

const vitestOk = run('unit + integration', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
const vitest = readJson(`${reports}/vitest.json`);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed += 1; // a suite that failed to load
} else totals.failed += 1;

// The reliability suite (fault storms, SIGKILLs, torn copies, fuzzers; about a minute) has its own
// Vitest config so plain `vitest run` stays quick; counted like the unit and integration tests.
const reliabilityOk = run('reliability', 'npx', ['vitest', 'run', '-c', 'test/reliability/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/reliability.json`]);
const reliability = readJson(`${reports}/reliability.json`);
if (reliability) {
  totals.passed += reliability.numPassedTests;
  totals.failed += reliability.numFailedTests;
  totals.skipped += reliability.numPendingTests + (reliability.numTodoTests ?? 0);
  if (!reliabilityOk && reliability.numFailedTests === 0) totals.failed += 1;
} else totals.failed += 1;

const built = check('renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) {
  const e2eOk = run('end-to-end', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts']);
  const pw = existsSync(`${reports}/playwright.json`) ? readJson(`${reports}/playwright.json`) : null;
  if (pw?.stats) {
    totals.passed += pw.stats.expected;
    totals.failed += pw.stats.unexpected + (pw.stats.flaky ?? 0);
    totals.skipped += pw.stats.skipped;
    if (!e2eOk && pw.stats.unexpected === 0) totals.failed += 1;
  } else totals.failed += 1;
}

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failedSteps.length > 0 ? 1 : 0);
