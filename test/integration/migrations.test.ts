import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { migrations } from '../../electron/core/db/migrations';

describe('database migrations', () => {
  it('are numbered in strictly increasing order', () => {
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('migrate a new file to the latest version with WAL and synchronous=FULL, and reopen idempotently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-mig-'));
    try {
      const file = join(dir, 'desk.sqlite');
      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['rooms', 'doors', 'bookings', 'credentials']));
      db.close();
      const again = openDatabase(file);
      expect(again.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the baseline makes STRICT tables that refuse a wrong type', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare("INSERT INTO doors (lock_id, name, kind) VALUES ('not a number', 'x', 'room')").run()).toThrow();
    db.close();
  });

  it('checks a file that was not closed cleanly (crash, or a copy) and skips the check after a clean close', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-clean-'));
    try {
      const file = join(dir, 'desk.sqlite');
      closeDatabase(openDatabase(file));
      expect(existsSync(`${file}.clean`)).toBe(true);
      const db = openDatabase(file);
      // While the desk runs there is no marker: a crash, or a copy of the folder, gets checked.
      expect(existsSync(`${file}.clean`)).toBe(false);
      db.close();
      // Damage the file behind SQLite's back: the next open (no marker) refuses it clearly.
      const bytes = readFileSync(file);
      for (let page = 1; page < bytes.length / 4096; page++) bytes.fill(0xff, page * 4096, page * 4096 + 12); // every b-tree page header
      writeFileSync(file, bytes);
      expect(() => openDatabase(file)).toThrow(/damaged|malformed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
