import type { StaffMember, StaffRole } from '../../../../shared/domain/staff';
import type { Db } from '../open';

export interface PinHash {
  /** Names the parameters, e.g. `scrypt:16384:8:1:32`, so they can be raised later. */
  kdf: string;
  salt: Buffer;
  hash: Buffer;
}

interface Row {
  id: number;
  name: string;
  role: StaffRole;
  pin_kdf: string;
  pin_salt: Buffer;
  pin_hash: Buffer;
}

/** Staff rows. Only `pinOf` reads the hash, and only the session calls it: nothing else may. */
export function createStaffRepo(db: Db, now: () => number) {
  const all = db.prepare<[], StaffMember>('SELECT id, name, role FROM staff ORDER BY name COLLATE NOCASE');
  const one = db.prepare<[number], Row>('SELECT id, name, role, pin_kdf, pin_salt, pin_hash FROM staff WHERE id = ?');
  const byName = db.prepare<[string], { id: number }>('SELECT id FROM staff WHERE name = ? COLLATE NOCASE');
  const count = db.prepare<[], { n: number; managers: number }>(
    "SELECT count(*) AS n, coalesce(sum(role = 'manager'), 0) AS managers FROM staff",
  );
  const insert = db.prepare(
    'INSERT INTO staff (name, role, pin_kdf, pin_salt, pin_hash, updated_ms) VALUES (@name, @role, @kdf, @salt, @hash, @updatedMs)',
  );
  const updateNameRole = db.prepare('UPDATE staff SET name = @name, role = @role, updated_ms = @updatedMs WHERE id = @id');
  const updatePin = db.prepare(
    'UPDATE staff SET pin_kdf = @kdf, pin_salt = @salt, pin_hash = @hash, updated_ms = @updatedMs WHERE id = @id',
  );
  const remove = db.prepare<[number]>('DELETE FROM staff WHERE id = ?');

  return {
    list: (): StaffMember[] => all.all(),
    get(id: number): StaffMember | null {
      const r = one.get(id);
      return r ? { id: r.id, name: r.name, role: r.role } : null;
    },
    idByName: (name: string): number | null => byName.get(name)?.id ?? null,
    counts: (): { members: number; managers: number } => {
      const c = count.get()!;
      return { members: c.n, managers: c.managers };
    },
    pinOf(id: number): PinHash | null {
      const r = one.get(id);
      return r ? { kdf: r.pin_kdf, salt: r.pin_salt, hash: r.pin_hash } : null;
    },
    add(name: string, role: StaffRole, pin: PinHash): number {
      return Number(insert.run({ name, role, kdf: pin.kdf, salt: pin.salt, hash: pin.hash, updatedMs: now() }).lastInsertRowid);
    },
    update(id: number, name: string, role: StaffRole, pin: PinHash | null): void {
      db.transaction(() => {
        updateNameRole.run({ id, name, role, updatedMs: now() });
        if (pin) updatePin.run({ id, kdf: pin.kdf, salt: pin.salt, hash: pin.hash, updatedMs: now() });
      })();
    },
    remove: (id: number): void => void remove.run(id),
  };
}
export type StaffRepo = ReturnType<typeof createStaffRepo>;
