import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layers, layersRule } from '../../eslint-rules/layers.js';

// The layer rule with the table eslint.config.js gives it, run on one import at a time.
const root = path.resolve(import.meta.dirname, '../..');

function problems(file: string, source: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  const messages = linter.verify(
    `import { x } from '${source}';\nexport const y = x;\n`,
    [{ files: ['**/*.ts'], plugins: { desk: { rules: { layers: layersRule } } }, rules: { 'desk/layers': ['error', layers] } }],
    {
      filename: path.join(root, file),
    },
  );
  // Any other message (a parse error, no matching config) would make the 'may import' cases pass vacuously.
  expect(messages.filter((m) => m.ruleId !== 'desk/layers')).toEqual([]);
  return messages.map((m) => m.message);
}

describe('imports run downward (eslint desk/layers)', () => {
  it.each([
    ['shared/domain/x.ts', '../../electron/core/db/open'],
    ['shared/domain/x.ts', '../../renderer/src/app'],
    ['renderer/src/x.ts', '../../electron/core/desk'],
    ['electron/core/db/repos/x.repo.ts', '../../bookings/events'],
    ['electron/core/db/repos/x.repo.ts', '../migrations/0023-search-order-key'],
    ['electron/core/db/repos/x.repo.ts', '../../log'],
    ['electron/core/db/open.ts', '../setup/settings'],
    ['electron/core/sifely/client.ts', '../sifely-simulator/server'],
    ['electron/core/sifely/api/cards.ts', '../../sifely-simulator/rules'],
    ['electron/core/desk.ts', '../main/ipc'],
  ])('%s may not import %s', (file, source) => {
    expect(problems(file, source)).toHaveLength(1);
  });

  it.each([
    ['shared/domain/x.ts', '../messages'],
    ['renderer/src/x.ts', '../../shared/ipc/contract'],
    ['electron/core/db/repos/x.repo.ts', '../open'],
    ['electron/core/db/repos/x.repo.ts', '../search-key'],
    ['electron/core/db/repos/x.repo.ts', './rooms.repo'],
    ['electron/core/db/repos/x.repo.ts', '../../time/clock'],
    ['electron/core/db/repos/x.repo.ts', '../../../../shared/domain/door'],
    ['electron/core/db/migrations/0023-search-order-key.ts', '../search-key'],
    ['electron/core/sifely-simulator/server.ts', '../sifely/md5'],
    ['electron/core/desk.ts', './sifely-simulator/server'],
    ['electron/core/slip/slip.handlers.ts', '../db/repos/settings.repo'],
  ])('%s may import %s', (file, source) => {
    expect(problems(file, source)).toEqual([]);
  });
});
