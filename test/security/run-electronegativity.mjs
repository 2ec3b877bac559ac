// Runs electronegativity's scanner on electron/ and prints its findings as JSON on stdout.
// Why not the CLI's `-o report.csv`: in 1.10.3 the CSV header is written with a truncating async
// writeFile racing the rows' append, and the first finding comes out mangled (its id, severity
// and file overwritten by the header). The SARIF output has no severity. The runner's own API
// returns the same findings the CLI prints, intact.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const runner = require('@doyensec/electronegativity');
const run = typeof runner === 'function' ? runner : runner.default;

const input = path.resolve(process.argv[2] ?? 'electron');
run(
  {
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    // The only check that needs the network (it downloads Electron's release list from GitHub).
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: require('electron/package.json').version,
    parserPlugins: [],
  },
  false,
).then(
  (r) => {
    const findings = r.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      sample: i.sample ?? null,
    }));
    process.stdout.write(JSON.stringify({ checks: r.atomicChecks + r.globalChecks, errors: r.errors.length, findings }));
  },
  (e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e));
    process.exit(1);
  },
);
