import type { CsvImportRequest, CsvPreview, ImportCounts, ImportRow } from '../../../shared/domain/booking-import';
import type { Property } from '../../../shared/domain/property';
import { msg } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { ImportMappingsRepo } from '../db/repos/import-mappings.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import type { RoomTypesRepo } from '../db/repos/room-types.repo';
import type { Booking } from '../../../shared/domain/booking';
import { DeskError } from '../ipc/desk-error';
import { parseBookingsCsv, type ParsedCsv } from './csv';
import { ImportError } from './import-error';
import { joinMessages } from '../../../shared/messages/join';
import { applyPlan, countPlan, planStays, type HeldStore, type ImportGuard, type PlannedStay } from './stays';
import type { ContactsRepo } from '../db/repos/guest-contacts.repo';
import { isReservedSource, stayLimitProblem } from './stay-limits';

/** Enough rows for the clerk to see what will happen, without sending a 50 000-row table over IPC. */
const PREVIEW_ROWS = 300;

export interface CsvImportDeps {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  mappings: ImportMappingsRepo;
  /** Setup's room types; without it, every row must name a room. */
  roomTypes?: RoomTypesRepo;
  property: () => Property;
  now: () => number;
  /** Room holds and issued access (access/room-holds.ts importGuard); without it, imports plan as before. */
  guard?: ImportGuard;
  /** Where changes held back for a clerk are kept (rule 4). */
  held?: HeldStore;
  /** The guests' e-mail and phone columns (guest delivery); without it they are read and not kept. */
  contacts?: Pick<ContactsRepo, 'save'>;
}

interface Planned {
  parsed: ParsedCsv;
  rows: ImportRow[];
  plan: PlannedStay[];
  counts: ImportCounts;
}

/**
 * CSV import in two steps over the same pure parse: preview (what would change, per-row errors)
 * and commit (all rows in one transaction, or nothing if any row is wrong). Re-importing the same
 * file plans only 'unchanged' rows; rows missing from a later file are left alone (exports are
 * often filtered by date), cancellations come from a status column.
 */
export function createCsvImport(deps: CsvImportDeps) {
  function planFor(req: CsvImportRequest): Planned {
    // A source edits only the bookings it created: the desk's own, the feeds' and the demo's are not a CSV's (rule 5).
    if (isReservedSource(req.source)) throw new DeskError('invalid-request', msg('bookings.import.reservedSource', { source: req.source }));
    const p = deps.property();
    const roomsByName = new Map(deps.rooms.listRooms().map((r) => [r.name.trim().toLowerCase(), r.id]));
    const existing = deps.bookings.bySource(req.source);
    let parsed: ParsedCsv;
    try {
      const bytes = Buffer.from(req.dataBase64, 'base64');
      const ctx = {
        roomsByName,
        timeZone: p.timeZone,
        checkInTime: p.checkInTime,
        checkOutTime: p.checkOutTime,
        ...(deps.roomTypes ? { roomTypes: deps.roomTypes.byName(), assignRoom: roomAssigner(existing, deps.guard) } : {}),
      };
      parsed = parseBookingsCsv(bytes, ctx, req.mapping, deps.mappings.get(req.source));
    } catch (e) {
      if (e instanceof ImportError) throw new DeskError('invalid-request', e.msg);
      throw e;
    }
    // The same limits as a stay typed at the desk, as a reason on the row.
    for (const r of parsed.rows) {
      const problem = r.stay ? stayLimitProblem(r.stay, deps.now()) : null;
      if (problem) {
        r.errors.push(problem);
        r.stay = null;
      }
    }
    // Rows the manager left out are not imported, whatever they hold.
    const leaveOut = new Set(req.leaveOut ?? []);
    const valid = parsed.rows.flatMap((r) => (r.stay && !leaveOut.has(r.line) ? [r.stay] : []));
    const plan = planStays(existing, valid, { nowMs: deps.now(), cancelVanished: false, ...(deps.guard ? { guard: deps.guard } : {}) });
    const byRef = new Map(plan.map((x) => [x.incoming?.ref ?? '', x]));
    const rows: ImportRow[] = parsed.rows.map((r) => {
      const planned = r.stay ? byRef.get(r.stay.ref) : undefined;
      return {
        line: r.line,
        ref: r.ref,
        guestName: r.guestName,
        room: r.room,
        roomType: r.roomType,
        arrivalMs: r.arrivalMs,
        departureMs: r.departureMs,
        action: r.errors.length ? 'error' : (planned?.action ?? 'skip'),
        errors: r.errors,
        warnings: [...r.warnings, ...(planned?.warning ? [planned.warning] : [])],
      };
    });
    return { parsed, rows, plan, counts: countPlan(rows) };
  }

  return {
    preview(req: CsvImportRequest): CsvPreview {
      const { parsed, rows, counts } = planFor(req);
      const shown = [...rows.filter((r) => r.action === 'error'), ...rows.filter((r) => r.action !== 'error')].slice(0, PREVIEW_ROWS);
      return {
        source: req.source,
        headers: parsed.headers,
        mapping: parsed.mapping,
        delimiter: parsed.delimiter,
        encoding: parsed.encoding,
        counts,
        rows: shown,
        fileErrors: parsed.fileErrors,
        warnings: parsed.warnings,
        errorLines: rows.filter((r) => r.action === 'error').map((r) => r.line),
      };
    },
    /** All or nothing: one bad row and not a single booking is written. */
    commit(req: CsvImportRequest): ImportCounts {
      const { parsed, rows, plan, counts } = planFor(req);
      const fileProblems = joinMessages(parsed.fileErrors, 'sentences');
      if (fileProblems) throw new DeskError('invalid-request', msg('bookings.import.nothingFile', { problems: fileProblems }));
      const leaveOut = new Set(req.leaveOut ?? []);
      // Leaving rows out is the manager's choice per line: a problem on a line not chosen still stops everything.
      const unchosen = req.leaveOut ? rows.find((r) => r.errors.length && !leaveOut.has(r.line)) : undefined;
      if (unchosen)
        throw new DeskError(
          'invalid-request',
          msg('bookings.import.leftOutNotChosen', { line: unchosen.line, problems: joinMessages(unchosen.errors, 'clauses')! }),
        );
      const bad = rows.filter((r) => r.errors.length && !leaveOut.has(r.line));
      if (bad.length) {
        const first = bad[0]!;
        const said = { count: bad.length, line: first.line, problems: joinMessages(first.errors, 'clauses')! };
        throw new DeskError('invalid-request', msg(bad.length === 1 ? 'bookings.import.nothingRow' : 'bookings.import.nothingRows', said));
      }
      deps.db.transaction(() => {
        applyPlan(deps.db, deps.bookings, req.source, plan, deps.held);
        // The guest's e-mail and phone go in with the bookings, in the same transaction.
        for (const s of plan.flatMap((p) => (p.incoming && (p.incoming.email || p.incoming.phone) ? [p.incoming] : []))) {
          const id = deps.bookings.getByRef(req.source, s.ref)?.id;
          if (id === undefined) continue;
          // What a clerk set at the desk wins over the file's value.
          const kept = deps.guard?.kept?.(id);
          const email = s.email && !kept?.has('email') ? { email: s.email } : {};
          const phone = s.phone && !kept?.has('phone') ? { phone: s.phone } : {};
          if (email.email !== undefined || phone.phone !== undefined) deps.contacts?.save(id, { ...email, ...phone });
        }
        deps.mappings.save(req.source, parsed.mapping);
      })();
      return req.leaveOut ? countPlan(rows.filter((r) => !leaveOut.has(r.line) || r.action === 'error')) : counts;
    },
  };
}

/**
 * The room a row that names only a type gets: the booking's current room if it is of that type
 * (a re-import does not shuffle guests), else the first room of the type nobody holds for those
 * dates, neither in the store nor earlier in this file. None free: the first, as a clash that
 * needs attention (stays.ts), so no card or code goes out for it.
 */
function roomAssigner(existing: readonly Booking[], guard: ImportGuard | undefined) {
  const byRef = new Map(existing.map((b) => [b.ref, b]));
  const taken: { roomId: number; arrivalMs: number; departureMs: number }[] = [];
  return (ref: string, roomIds: readonly number[], arrivalMs: number, departureMs: number): { roomId: number; free: boolean } => {
    const self = byRef.get(ref);
    const freeOf = (roomId: number): boolean =>
      !(guard?.holders(roomId, arrivalMs, departureMs, self?.id ?? 0).length ?? 0) &&
      !taken.some((t) => t.roomId === roomId && t.arrivalMs < departureMs && t.departureMs > arrivalMs);
    const keep = self && roomIds.includes(self.roomId) && freeOf(self.roomId) ? self.roomId : undefined;
    const roomId = keep ?? roomIds.find(freeOf);
    const pick = { roomId: roomId ?? roomIds[0]!, free: roomId !== undefined };
    taken.push({ roomId: pick.roomId, arrivalMs, departureMs });
    return pick;
  };
}
export type CsvImport = ReturnType<typeof createCsvImport>;
