// `npm test`: typecheck, lint, format, unit + integration (Vitest), then end-to-end (Playwright in
// Debian's Chromium). Every step runs even if an earlier one failed, so one run shows everything.
// Ends with the plain line CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { CI_E2E_INSTANT, CI_INSTANTS, fakedEnv, libfaketime } from './anytime.mjs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

// Tests fix the instant they run at, so they must pass whatever the machine's clock says: where
// libfaketime is installed (CI installs it), the end-to-end suite runs at one awkward instant and
// the unit + integration suite again at each of CI_INSTANTS (test/anytime.mjs says why each).
const faketime = libfaketime() !== null;

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

// One tsconfig per environment (shared: no DOM, no Node; electron: Node; renderer: DOM; test), built together.
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
// One formatter for code and config (.prettierrc.json); prose and fixtures are left as written (.prettierignore).
check('format', 'npx', ['prettier', '--check', '.']);

/** One Vitest run, its JSON report counted in the totals. */
function vitestRun(name, args, env = {}) {
  const file = `${reports}/${name.replace(/[^a-z0-9]+/gi, '-')}.json`;
  const ok = run(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  const r = readJson(file);
  if (r) {
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (!ok && r.numFailedTests === 0) totals.failed += 1; // a suite that failed to load
  } else totals.failed += 1;
}

// Where libfaketime runs the suite at CI_INSTANTS below, a run at the machine's own time would only
// repeat one more instant: it is skipped there to keep CI inside its time budget.
if (!faketime) vitestRun('unit + integration', []);

// The reliability suite (fault storms, SIGKILLs, torn copies, fuzzers; about a minute) has its own
// Vitest config so plain `vitest run` stays quick; counted like the unit and integration tests.
vitestRun('reliability', ['-c', 'test/reliability/vitest.config.ts']);

const built = check('renderer build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) {
  const e2eOk = faketime
    ? run(`end-to-end at ${CI_E2E_INSTANT}`, 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], fakedEnv(CI_E2E_INSTANT))
    : run('end-to-end', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts']);
  const pw = existsSync(`${reports}/playwright.json`) ? readJson(`${reports}/playwright.json`) : null;
  if (pw?.stats) {
    totals.passed += pw.stats.expected;
    totals.failed += pw.stats.unexpected + (pw.stats.flaky ?? 0);
    totals.skipped += pw.stats.skipped;
    if (!e2eOk && pw.stats.unexpected === 0) totals.failed += 1;
  } else totals.failed += 1;
}

if (faketime) for (const instant of CI_INSTANTS) vitestRun(`unit + integration at ${instant}`, [], fakedEnv(instant));
else
  console.log(
    "\n(libfaketime is not installed: the suite ran at this machine's own time only; `apt-get install faketime` for the awkward instants)",
  );

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failedSteps.length > 0 ? 1 : 0);
