import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';

/**
 * The schema after every migration, normalised (comments dropped, whitespace collapsed, sorted by
 * kind and name) so only a real change shows. A schema change is a new migration plus this
 * snapshot regenerated (`npx vitest run test/integration/schema-snapshot.test.ts -u`), reviewed in
 * the diff; editing a shipped migration or the snapshot alone fails here.
 */
function schemaText(): string {
  const db = openDatabase(':memory:');
  try {
    const rows = db
      .prepare<[], { type: string; name: string; sql: string }>(
        'SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name',
      )
      .all();
    const version = db.pragma('user_version', { simple: true }) as number;
    const sql = rows.map((r) =>
      r.sql
        .replace(/--[^\n]*/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')')
        .trim(),
    );
    return [`-- user_version ${version}`, ...sql.map((s) => `${s};`)].join('\n') + '\n';
  } finally {
    db.close();
  }
}

describe('database schema', () => {
  it('equals the committed snapshot', async () => {
    await expect(schemaText()).toMatchFileSnapshot('./schema.snapshot.sql');
  });
});
