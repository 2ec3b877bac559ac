import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/open';
import { relaxedSync } from '../../electron/core/db/relaxed-sync';

const FULL = 2;
const NORMAL = 1;
let dir = '';
let db: Db;
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});
const open = (): Db => {
  dir = mkdtempSync(join(tmpdir(), 'relaxed-'));
  return (db = openDatabase(join(dir, 'desk.sqlite')));
};
const level = (): number => db.pragma('synchronous', { simple: true }) as number;

describe('relaxedSync: one commit without waiting for the disk, FULL again after it', () => {
  it('commits at NORMAL and restores FULL, also when the transaction throws', () => {
    open();
    db.exec('CREATE TABLE t (v INTEGER)');
    const seen: number[] = [];
    const write = relaxedSync(
      db,
      db.transaction((v: number) => {
        seen.push(level());
        db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
        if (v < 0) throw new Error('refused');
      }),
    );
    write(1);
    expect(() => write(-1)).toThrow('refused');
    expect(seen).toEqual([NORMAL, NORMAL]);
    expect(level()).toBe(FULL);
    expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual([1]); // the thrown one rolled back
  });

  it('inside another transaction leaves the level to the outer commit', () => {
    open();
    db.exec('CREATE TABLE t (v INTEGER)');
    const seen: number[] = [];
    const inner = relaxedSync(
      db,
      db.transaction(() => seen.push(level())),
    );
    db.transaction(() => inner())();
    expect(seen).toEqual([FULL]);
  });
});
