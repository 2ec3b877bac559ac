import { parse } from 'csv-parse/sync';
import type { CsvColumns, CsvField, CsvMapping } from '../../../shared/domain/booking-import';
import { english, msg, type Message } from '../../../shared/messages';
import { GuestEmailSchema, GuestPhoneSchema, normalisePhone } from '../../../shared/domain/delivery';
import { detectDateOrder, parseStayDate, type DateOrder } from './dates';
import { decodeImportBytes } from './decode';
import { ImportError } from './import-error';
import type { IncomingStay } from './stays';

/** What the parser needs to know about the property, looked up once before parsing. */
export interface CsvContext {
  /** Room name, lower-cased and trimmed → room id. */
  roomsByName: ReadonlyMap<string, number>;
  timeZone: string;
  checkInTime: string;
  checkOutTime: string;
}

export interface CsvRow {
  line: number;
  ref: string;
  guestName: string;
  room: string;
  arrivalMs: number | null;
  departureMs: number | null;
  stay: IncomingStay | null;
  /** English wording of `errorsMsg`, for logs and older readers. */
  errors: string[];
  errorsMsg: Message[];
  warnings: string[];
  warningsMsg: Message[];
}

export interface ParsedCsv {
  headers: string[];
  delimiter: string;
  encoding: string;
  mapping: CsvMapping;
  rows: CsvRow[];
  fileErrors: string[];
  fileErrorsMsg: Message[];
  /** Things the clerk should check but that do not block the import (ambiguous dates…). */
  warnings: string[];
  warningsMsg: Message[];
}

const REQUIRED: readonly CsvField[] = ['ref', 'guestName', 'room', 'arrival', 'departure'];
const LABEL: Record<CsvField, Message> = {
  ref: msg('bookings.csv.field.ref'),
  guestName: msg('bookings.csv.field.guestName'),
  room: msg('bookings.csv.field.room'),
  arrival: msg('bookings.csv.field.arrival'),
  departure: msg('bookings.csv.field.departure'),
  contact: msg('bookings.csv.field.contact'),
  notes: msg('bookings.csv.field.notes'),
  status: msg('bookings.csv.field.status'),
  email: msg('bookings.csv.field.email'),
  phone: msg('bookings.csv.field.phone'),
};

/** Header words the usual tools use (Booking.com, Airbnb, Cloudbeds, Excel by hand), most specific first. */
const GUESSES: readonly [CsvField, RegExp][] = [
  ['status', /^(booking |reservation )?status$/i],
  ['ref', /^(ref|reference|book(ing)? ?(id|ref|reference|number|no\.?|#)|reservation ?(id|number|code|#)?|confirmation( code| number)?|res(ervation)? ?(no\.?|#)|id|uid)$/i],
  ['guestName', /(guest|booker|client|customer|^name$|full ?name)/i],
  ['room', /(room|unit|apartment|listing)/i],
  ['arrival', /(arrival|check.?in|^from$|start|anreise|llegada)/i],
  ['departure', /(departure|check.?out|^to$|^until$|end|abreise|salida)/i],
  ['email', /e-?mail|correo/i],
  ['phone', /(phone|mobile|tel|móvil|movil|teléfono)/i],
  ['contact', /(contact)/i],
  ['notes', /(notes?|remarks?|comments?|requests?)/i],
];

export function guessColumns(headers: readonly string[]): CsvColumns {
  const columns: CsvColumns = {};
  const used = new Set<string>();
  for (const [field, re] of GUESSES) {
    const h = headers.find((x) => !used.has(x) && re.test(x.trim()));
    if (h !== undefined) {
      columns[field] = h;
      used.add(h);
    }
  }
  return columns;
}

/** The delimiter that splits the header line into the most fields (quotes respected). */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
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
export function parseBookingsCsv(bytes: Uint8Array, ctx: CsvContext, requested?: CsvMapping): ParsedCsv {
  const { text, encoding } = decodeImportBytes(bytes, requested?.encoding ?? 'auto', msg('bookings.file.csv'));
  if (text.trim() === '') throw new ImportError(msg('bookings.csv.empty'));
  const delimiter = detectDelimiter(text);
  const records = readRecords(text, delimiter);
  const headers = (records[0]?.record ?? []).map((h) => h.trim());
  if (records.length < 2) throw new ImportError(msg('bookings.csv.noRows'));
  const columns = requested?.columns ?? guessColumns(headers);
  const mapping: CsvMapping = { columns, dateFormat: requested?.dateFormat ?? 'auto', encoding: requested?.encoding ?? 'auto' };

  const fileErrors: Message[] = [];
  const index = new Map<CsvField, number>();
  for (const [field, header] of Object.entries(columns) as [CsvField, string | undefined][]) {
    if (header === undefined) continue;
    const i = headers.indexOf(header);
    if (i < 0) fileErrors.push(msg('bookings.csv.columnMissing', { header, field: LABEL[field] }));
    else index.set(field, i);
  }
  for (const f of REQUIRED) if (columns[f] === undefined) fileErrors.push(msg('bookings.csv.chooseColumn', { field: LABEL[f] }));
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
    const ref = cell(record, 'ref') ?? '';
    const guestName = (cell(record, 'guestName') ?? '').replace(/\s+/g, ' ');
    const room = cell(record, 'room') ?? '';
    if (!ref) errors.push(msg('bookings.row.noRef'));
    if (!guestName) errors.push(msg('bookings.row.noGuest'));
    const roomId = room ? ctx.roomsByName.get(room.toLowerCase()) : undefined;
    if (!room) errors.push(msg('bookings.row.noRoom'));
    else if (roomId === undefined) errors.push(msg('bookings.row.unknownRoom', { room }));
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
    const cancelled = /cancel|storn|annul/i.test(cell(record, 'status') ?? '');
    // Guest delivery reaches the guest at these: a wrong one is a row error, like a wrong date.
    // Without a contact column they are also the booking's contact text, as they were before.
    const email = cell(record, 'email');
    const phone = cell(record, 'phone');
    if (email && !GuestEmailSchema.safeParse(email).success) errors.push(msg('bookings.row.badEmail', { value: email }));
    if (phone && !GuestPhoneSchema.safeParse(phone).success) errors.push(msg('bookings.row.badPhone', { value: phone }));
    const stay: IncomingStay | null =
      errors.length === 0 && roomId !== undefined && arrivalMs !== null && departureMs !== null
        ? { ref, guestName, roomId, arrivalMs, departureMs, contact: cell(record, 'contact') ?? (email !== undefined || phone !== undefined ? [email, phone].filter(Boolean).join(' ') : undefined), notes: cell(record, 'notes'), cancelled, ...(email ? { email } : {}), ...(phone ? { phone: normalisePhone(phone) } : {}) }
        : null;
    return { line, ref, guestName, room, arrivalMs, departureMs, stay, errors: [], errorsMsg: errors, warnings: [], warningsMsg: [] };
  });

  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.ref) continue;
    const first = seen.get(r.ref);
    if (first !== undefined) {
      r.errorsMsg.push(msg('bookings.row.duplicateRef', { ref: r.ref, line: first }));
      r.stay = null;
    } else seen.set(r.ref, r.line);
  }
  // The English wording once every message is in, for logs and readers that predate messages.
  for (const r of rows) r.errors = r.errorsMsg.map(english);
  return {
    headers,
    delimiter,
    encoding,
    mapping,
    rows,
    fileErrors: fileErrors.map(english),
    fileErrorsMsg: fileErrors,
    warnings: dateWarnings.map(english),
    warningsMsg: dateWarnings,
  };
}
