import { parse } from 'csv-parse/sync';
import {
  CsvMappingSchema,
  type CsvColumns,
  type CsvField,
  type CsvMapping,
  type CsvMappingInput,
} from '../../../shared/domain/booking-import';
import { msg, type Message } from '../../../shared/messages';
import { GuestEmailSchema, GuestPhoneSchema, normalisePhone } from '../../../shared/domain/delivery';
import { detectDateOrder, parseStayDate, type DateOrder } from './dates';
import { decodeImportBytes } from './decode';
import { ImportError } from './import-error';
import type { IncomingStay } from './stays';
import {
  detectPreset,
  genericColumns,
  presetById,
  presetColumns,
  readStatus,
  type ImportStatus,
} from '../../../shared/domain/import-presets';

/** What the parser needs to know about the property, looked up once before parsing. */
export interface CsvContext {
  /** Room name, lower-cased and trimmed → room id. */
  roomsByName: ReadonlyMap<string, number>;
  /** Room type, lower-cased and trimmed → its rooms (Setup); absent: rows must name a room. */
  roomTypes?: ReadonlyMap<string, readonly number[]>;
  /**
   * Picks a room of a type for a row's stay (free first; the same choice for preview and commit).
   * `free: false`: every room of the type is taken; the stay goes in the first and needs attention.
   */
  assignRoom?: (ref: string, roomIds: readonly number[], arrivalMs: number, departureMs: number) => { roomId: number; free: boolean };
  timeZone: string;
  checkInTime: string;
  checkOutTime: string;
}

export interface CsvRow {
  line: number;
  ref: string;
  guestName: string;
  room: string;
  roomType: string;
  status: ImportStatus | null;
  arrivalMs: number | null;
  departureMs: number | null;
  stay: IncomingStay | null;
  errors: Message[];
  warnings: Message[];
}

export interface ParsedCsv {
  headers: string[];
  delimiter: string;
  encoding: string;
  mapping: CsvMapping;
  rows: CsvRow[];
  fileErrors: Message[];
  /** Things the clerk should check but that do not block the import (ambiguous dates…). */
  warnings: Message[];
}

const LABEL: Record<CsvField, Message> = {
  ref: msg('bookings.csv.field.ref'),
  guestName: msg('bookings.csv.field.guestName'),
  firstName: msg('bookings.csv.field.firstName'),
  lastName: msg('bookings.csv.field.lastName'),
  room: msg('bookings.csv.field.room'),
  roomType: msg('bookings.csv.field.roomType'),
  arrival: msg('bookings.csv.field.arrival'),
  departure: msg('bookings.csv.field.departure'),
  contact: msg('bookings.csv.field.contact'),
  notes: msg('bookings.csv.field.notes'),
  status: msg('bookings.csv.field.status'),
  email: msg('bookings.csv.field.email'),
  phone: msg('bookings.csv.field.phone'),
};

/** The mapping for a header: the preset the header looks like, its columns, its date order. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const preset = detectPreset(headers);
  const p = presetById(preset);
  return {
    preset,
    columns: p ? presetColumns(p, headers) : genericColumns(headers),
    dateFormat: p?.dateFormat ?? 'auto',
    encoding: 'auto',
  };
}

export function guessColumns(headers: readonly string[]): CsvColumns {
  return guessMapping(headers).columns;
}

/** Whether a remembered mapping still fits this file (every column it names is in the header). */
const fits = (m: CsvMapping, headers: readonly string[]): boolean =>
  Object.values(m.columns).every((h) => h === undefined || headers.includes(h));

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ',';
}

function readRecords(raw: string, delimiter: string): { record: string[]; line: number }[] {
  // One line ending for all: Excel writes CRLF, inside quotes too, and csv-parse counts a CRLF
  // inside quotes as two lines, which would put every later row's line number off.
  const text = raw.replace(/\r\n?/g, '\n');
  try {
    const out = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    let prevEnd = 0;
    return out.map((r) => {
      const line = prevEnd + 1;
      prevEnd = r.info.lines;
      return { record: r.record, line };
    });
  } catch (e) {
    // csv-parse's own words (English) go in as they are: they name the line and the quote.
    const details = (e instanceof Error ? e.message : String(e)).replace(/^[^:]*: /, '');
    throw new ImportError(msg('bookings.csv.notCsv', { details }));
  }
}

/**
 * CSV bytes → validated stays with per-row errors. Pure: no database, so the preview shows exactly
 * what a commit would write. A file-level problem (empty, wrong encoding, not CSV, too big) throws
 * an ImportError; a column that cannot be found is a file error; everything else is per row.
 */
export function parseBookingsCsv(bytes: Uint8Array, ctx: CsvContext, asked?: CsvMappingInput, remembered?: CsvMapping | null): ParsedCsv {
  const requested = asked ? CsvMappingSchema.parse(asked) : undefined;
  const { text, encoding } = decodeImportBytes(bytes, requested?.encoding ?? 'auto', msg('bookings.file.csv'));
  if (text.trim() === '') throw new ImportError(msg('bookings.csv.empty'));
  const delimiter = detectDelimiter(text);
  const records = readRecords(text, delimiter);
  const headers = (records[0]?.record ?? []).map((h) => h.trim());
  if (records.length < 2) throw new ImportError(msg('bookings.csv.noRows'));
  // Asked for > remembered for this source (if this file still has its columns) > guessed from the header.
  const base =
    requested ??
    (remembered && fits(remembered, headers) ? remembered : { ...guessMapping(headers), encoding: remembered?.encoding ?? 'auto' });
  const mapping: CsvMapping = {
    preset: base.preset,
    columns: base.columns,
    dateFormat: base.dateFormat,
    encoding: requested?.encoding ?? base.encoding,
  };
  const columns = mapping.columns;

  const fileErrors: Message[] = [];
  const index = new Map<CsvField, number>();
  for (const [field, header] of Object.entries(columns) as [CsvField, string | undefined][]) {
    if (header === undefined) continue;
    const i = headers.indexOf(header);
    if (i < 0) fileErrors.push(msg('bookings.csv.columnMissing', { header, field: LABEL[field] }));
    else index.set(field, i);
  }
  // The name may come whole or as first + last; the room as a room or a room type.
  const missing: Record<'ref' | 'guestName' | 'room' | 'arrival' | 'departure', boolean> = {
    ref: !columns.ref,
    guestName: !columns.guestName && !columns.firstName && !columns.lastName,
    room: !columns.room && !columns.roomType,
    arrival: !columns.arrival,
    departure: !columns.departure,
  };
  for (const [f, gone] of Object.entries(missing) as [keyof typeof missing, boolean][])
    if (gone) fileErrors.push(msg('bookings.csv.chooseColumn', { field: LABEL[f] }));
  const data = records.slice(1);
  const cell = (r: string[], f: CsvField): string | undefined => {
    const i = index.get(f);
    return i === undefined ? undefined : (r[i] ?? '').trim();
  };

  let order: DateOrder | null = mapping.dateFormat === 'auto' ? null : mapping.dateFormat;
  const dateWarnings: Message[] = [];
  if (!order) {
    order = detectDateOrder(data.flatMap(({ record }) => [cell(record, 'arrival') ?? '', cell(record, 'departure') ?? '']));
    if (!order) {
      order = 'DMY';
      dateWarnings.push(msg('bookings.csv.ambiguousDates'));
    }
  }

  const rows = data.map(({ record, line }): CsvRow => {
    const errors: Message[] = [];
    const warnings: Message[] = [];
    const ref = cell(record, 'ref') ?? '';
    const whole = cell(record, 'guestName') ?? '';
    const guestName = (whole || [cell(record, 'firstName'), cell(record, 'lastName')].filter(Boolean).join(' '))
      .replace(/\s+/g, ' ')
      .trim();
    const room = cell(record, 'room') ?? '';
    const roomType = cell(record, 'roomType') ?? '';
    const statusCell = cell(record, 'status') ?? '';
    const status = readStatus(mapping.preset, statusCell);
    if (status === null) errors.push(msg('bookings.row.unknownStatus', { status: statusCell }));
    if (!ref) errors.push(msg('bookings.row.noRef'));
    const ends = status === 'cancelled' || status === 'no-show';
    // A cancellation needs only its reference: the booking it ends already has a room and a guest.
    if (!guestName && !ends) errors.push(msg('bookings.row.noGuest'));
    const date = (f: 'arrival' | 'departure', def: string): number | null => {
      const v = cell(record, f) ?? '';
      if (!v) {
        errors.push(msg('bookings.row.noDate', { field: LABEL[f] }));
        return null;
      }
      const r = parseStayDate(v, order, ctx.timeZone, def);
      if (typeof r !== 'number') {
        errors.push(msg('bookings.row.dateProblem', { field: LABEL[f], problem: r }));
        return null;
      }
      return r;
    };
    const arrivalMs = date('arrival', ctx.checkInTime);
    const departureMs = date('departure', ctx.checkOutTime);
    if (arrivalMs !== null && departureMs !== null && departureMs <= arrivalMs) errors.push(msg('bookings.row.departureNotAfter'));
    // The room named, else a room of the type named (in its own column, or in the room column:
    // Expedia and Cloudbeds exports often carry the type where a room would be).
    let roomId = room ? ctx.roomsByName.get(room.toLowerCase()) : undefined;
    let chosenRoom = room;
    let typeName = roomId === undefined ? roomType || room : '';
    let typeRooms = typeName ? ctx.roomTypes?.get(typeName.toLowerCase()) : undefined;
    // A unit type that is a room's own name (one-unit listings are often typed by the unit) is that room.
    if (roomId === undefined && !typeRooms && roomType && ctx.roomsByName.has(roomType.toLowerCase())) {
      roomId = ctx.roomsByName.get(roomType.toLowerCase());
      chosenRoom = roomType;
      typeName = '';
      typeRooms = undefined;
    }
    if (
      roomId === undefined &&
      typeRooms?.length &&
      ctx.assignRoom &&
      errors.length === 0 &&
      arrivalMs !== null &&
      departureMs !== null &&
      !ends &&
      status !== 'not-a-stay'
    ) {
      const pick = ctx.assignRoom(ref, typeRooms, arrivalMs, departureMs);
      roomId = pick.roomId;
      chosenRoom = [...ctx.roomsByName].find(([, id]) => id === pick.roomId)?.[0] ?? '';
      if (!pick.free) warnings.push(msg('bookings.row.noFreeRoomOfType', { type: typeName }));
    } else if (roomId === undefined && !ends && status !== 'not-a-stay') {
      if (!room && !roomType) errors.push(msg('bookings.row.noRoom'));
      else if (typeName && typeRooms?.length === 0) errors.push(msg('bookings.row.emptyRoomType', { type: typeName }));
      else if (!typeRooms)
        errors.push(room ? msg('bookings.row.unknownRoom', { room }) : msg('bookings.row.unknownRoomType', { type: roomType }));
    }
    // Guest delivery reaches the guest at these: a wrong one is a row error, like a wrong date.
    // Without a contact column they are also the booking's contact text, as they were before.
    const email = cell(record, 'email');
    const phone = cell(record, 'phone');
    if (email && !GuestEmailSchema.safeParse(email).success) errors.push(msg('bookings.row.badEmail', { value: email }));
    if (phone && !GuestPhoneSchema.safeParse(phone).success) errors.push(msg('bookings.row.badPhone', { value: phone }));
    const contact =
      cell(record, 'contact') ?? (email !== undefined || phone !== undefined ? [email, phone].filter(Boolean).join(' ') : undefined);
    // Cancelled and no-show rows never create a stay; they end the source's own booking of that reference (stays.ts).
    const stay: IncomingStay | null =
      errors.length === 0 && status !== 'not-a-stay' && arrivalMs !== null && departureMs !== null && (roomId !== undefined || ends)
        ? {
            ref,
            guestName,
            roomId: roomId ?? 0,
            arrivalMs,
            departureMs,
            contact,
            notes: cell(record, 'notes'),
            cancelled: ends,
            ...(status === 'no-show' ? { noShow: true } : {}),
            ...(email ? { email } : {}),
            ...(phone ? { phone: normalisePhone(phone) } : {}),
          }
        : null;
    return {
      line,
      ref,
      guestName,
      room: chosenRoom,
      roomType: typeName && roomId !== undefined ? typeName : '',
      status,
      arrivalMs,
      departureMs,
      stay,
      errors,
      warnings,
    };
  });

  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.ref) continue;
    const first = seen.get(r.ref);
    if (first !== undefined) {
      r.errors.push(msg('bookings.row.duplicateRef', { ref: r.ref, line: first }));
      r.stay = null;
    } else seen.set(r.ref, r.line);
  }
  return {
    headers,
    delimiter,
    encoding,
    mapping,
    rows,
    fileErrors,
    warnings: dateWarnings,
  };
}
