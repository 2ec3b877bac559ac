// `npm run test:model -- --runs N [--seed S]`: the model-based test of issue 15 with more (or
// other) random sequences than the default inside `npm test`.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const env = { ...process.env };
if (value('--runs')) env.MODEL_RUNS = value('--runs');
if (value('--seed')) env.MODEL_SEED = value('--seed');
const r = spawnSync('npx', ['vitest', 'run', 'test/integration/model'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
