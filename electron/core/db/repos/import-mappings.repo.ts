import { CsvMappingSchema, type CsvMapping } from '../../../../shared/domain/booking-import';
import type { Db } from '../open';

/** The CSV column mapping last used for each source, so the next import from that tool is one click. */
export function createImportMappingsRepo(db: Db, now: () => number) {
  const select = db.prepare<[string], { mapping_json: string }>('SELECT mapping_json FROM import_mappings WHERE source = ?');
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO import_mappings (source, mapping_json, updated_ms) VALUES (?, ?, ?)
     ON CONFLICT (source) DO UPDATE SET mapping_json = excluded.mapping_json, updated_ms = excluded.updated_ms`,
  );
  return {
    get(source: string): CsvMapping | null {
      const row = select.get(source);
      if (!row) return null;
      // A mapping saved by an older version that no longer parses is forgotten, not fatal.
      const parsed = CsvMappingSchema.safeParse(JSON.parse(row.mapping_json));
      return parsed.success ? parsed.data : null;
    },
    save(source: string, mapping: CsvMapping): void {
      upsert.run(source, JSON.stringify(mapping), now());
    },
  };
}
export type ImportMappingsRepo = ReturnType<typeof createImportMappingsRepo>;
