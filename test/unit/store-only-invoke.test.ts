import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { storeOnlyInvoke } from '../../eslint-rules/store-only-invoke.js';

// The renderer's invoke rule with the files and allow-list eslint.config.js gives it.
const root = path.resolve(import.meta.dirname, '../..');

function problems(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  const messages = linter.verify(code, [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, storeOnlyInvoke], {
    filename: path.join(root, file),
  });
  // A parse error would make the 'may call' cases pass vacuously.
  expect(messages.filter((m) => m.ruleId !== 'no-restricted-syntax')).toEqual([]);
  return messages.map((m) => m.message);
}

const calls = [
  "void desk.invoke('feed:list', {});",
  "void window.desk?.invoke('feed:list', {});",
  'const { invoke } = desk; void invoke;',
  "const ask = desk.invoke; void ask('feed:list', {});",
];

describe('components never call invoke (eslint no-restricted-syntax)', () => {
  it.each(calls.flatMap((code) => ['renderer/src/features/bookings/FeedsSection.tsx', 'renderer/src/App.tsx'].map((f) => [f, code])))(
    '%s may not: %s',
    (file, code) => {
      expect(problems(file, code)).toEqual(['Components ask the core through a store slice (renderer/src/store), never desk.invoke.']);
    },
  );

  it.each(calls.flatMap((code) => ['renderer/src/store/importSlice.ts', 'renderer/src/api/bridge.ts'].map((f) => [f, code])))(
    '%s may: %s',
    (file, code) => {
      expect(problems(file, code)).toEqual([]);
    },
  );

  it('leaves other calls and the event listener alone', () => {
    expect(problems('renderer/src/main.tsx', "desk.on('desk:changed', () => undefined); void useDesk.getState().loadToday();")).toEqual([]);
  });
});
