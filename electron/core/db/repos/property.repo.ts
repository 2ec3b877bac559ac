import type { Property } from '../../../../shared/domain/property';
import type { Db } from '../open';

interface PropertyRow {
  name: string;
  time_zone: string;
  check_in_time: string;
  check_out_time: string;
}

export function createPropertyRepo(db: Db) {
  const select = db.prepare<[], PropertyRow>('SELECT name, time_zone, check_in_time, check_out_time FROM property WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO property (id, name, time_zone, check_in_time, check_out_time) VALUES (1, @name, @timeZone, @checkInTime, @checkOutTime)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
       check_in_time = excluded.check_in_time, check_out_time = excluded.check_out_time`,
  );
  return {
    get(): Property | null {
      const row = select.get();
      return row ? { name: row.name, timeZone: row.time_zone, checkInTime: row.check_in_time, checkOutTime: row.check_out_time } : null;
    },
    save(property: Property): void {
      upsert.run(property);
    },
  };
}
export type PropertyRepo = ReturnType<typeof createPropertyRepo>;
