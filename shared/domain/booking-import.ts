import { z } from 'zod';
import { MessageSchema } from '../messages';
import { CSV_FIELDS, PresetIdSchema } from './import-presets';

/** The largest CSV or ICS the desk reads (docs/product.md "Files": a larger one is refused with a clear message). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The longest base64 a CSV request may carry (twice the file limit's worth of slack, as before). */
export const MAX_IMPORT_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 2 * 4) / 3);

export const CsvFieldSchema = z.enum(CSV_FIELDS);
export type CsvField = z.infer<typeof CsvFieldSchema>;

/** Which header holds each field; unmapped optional fields are left untouched on update. */
export const CsvColumnsSchema = z.object({
  ref: z.string().optional(),
  guestName: z.string().optional(),
  room: z.string().optional(),
  arrival: z.string().optional(),
  departure: z.string().optional(),
  contact: z.string().optional(),
  /** The guest's e-mail and mobile, validated, for codes sent ahead (guest delivery). */
  email: z.string().optional(),
  phone: z.string().optional(),
  notes: z.string().optional(),
  status: z.string().optional(),
  /** First and last name in two columns (Little Hotelier, Beds24): joined when there is no guestName. */
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  /** A room type: the desk assigns a free room of that type (Setup's room types). */
  roomType: z.string().optional(),
});
export type CsvColumns = z.infer<typeof CsvColumnsSchema>;

export const CsvMappingSchema = z.object({
  /** Which tool's status words and date order apply ('generic': the common words, dates read from the file). */
  preset: PresetIdSchema.default('generic'),
  columns: CsvColumnsSchema,
  /** 'auto' reads the file: ISO → YMD, a first part above 12 → DMY, a second part above 12 → MDY. */
  dateFormat: z.enum(['auto', 'YMD', 'DMY', 'MDY']).default('auto'),
  /** 'auto' accepts UTF-8 (with or without BOM) and UTF-16 with a BOM, and refuses anything else. */
  encoding: z.enum(['auto', 'utf-8', 'utf-16le', 'windows-1252']).default('auto'),
});
export type CsvMapping = z.infer<typeof CsvMappingSchema>;
/** A mapping as a caller may write it (defaults not yet filled in). */
export type CsvMappingInput = z.input<typeof CsvMappingSchema>;

export const CsvImportRequestSchema = z.object({
  /** Where the bookings come from ("Booking.com export", "Cloudbeds"…): refs are unique per source. */
  source: z.string().trim().min(1).max(60),
  fileName: z.string().max(260).default('bookings.csv'),
  /** The file's bytes, base64 (the bytes matter: encoding is detected from them). */
  dataBase64: z.string().max(MAX_IMPORT_BASE64),
  /** Absent: the mapping remembered for this source, else one guessed from the headers. */
  mapping: CsvMappingSchema.optional(),
  /**
   * Lines the manager chose to leave out (the rows with problems): the rest goes in whole or not
   * at all. A row with a problem that is not listed here still blocks the commit.
   */
  leaveOut: z.array(z.number().int().min(1)).max(200_000).optional(),
});
export type CsvImportRequest = z.infer<typeof CsvImportRequestSchema>;

export const ImportActionSchema = z.enum(['create', 'update', 'unchanged', 'cancel', 'skip', 'error']);
export type ImportAction = z.infer<typeof ImportActionSchema>;

export const ImportRowSchema = z.object({
  line: z.number().int(),
  ref: z.string(),
  guestName: z.string(),
  room: z.string(),
  /** The room type the row asked for, when the desk chose the room ('' otherwise). */
  roomType: z.string().default(''),
  arrivalMs: z.number().int().nullable(),
  departureMs: z.number().int().nullable(),
  action: ImportActionSchema,
  errors: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportCountsSchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  cancel: z.number().int(),
  skip: z.number().int(),
  error: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const CsvPreviewSchema = z.object({
  source: z.string(),
  headers: z.array(z.string()),
  mapping: CsvMappingSchema,
  delimiter: z.string(),
  encoding: z.string(),
  counts: ImportCountsSchema,
  /** Rows with errors first, then the others, capped so a big file does not flood the screen. */
  rows: z.array(ImportRowSchema),
  /** Problems with the file as a whole (missing columns…): any of these blocks the commit. */
  fileErrors: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
  /** Every line with a problem (the table may show fewer): what "leave them out" sends back. */
  errorLines: z.array(z.number().int()),
});
export type CsvPreview = z.infer<typeof CsvPreviewSchema>;

export const FeedSchema = z.object({
  id: z.number().int(),
  roomId: z.number().int(),
  roomName: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  lastAttemptMs: z.number().int().nullable(),
  lastSuccessMs: z.number().int().nullable(),
  lastError: MessageSchema.nullable(),
  lastErrorMs: z.number().int().nullable(),
  lastEventCount: z.number().int().nullable(),
});
export type Feed = z.infer<typeof FeedSchema>;

export const FeedRefreshResultSchema = z.object({
  feedId: z.number().int(),
  ok: z.boolean(),
  error: MessageSchema.nullable(),
  counts: ImportCountsSchema,
  warnings: z.array(MessageSchema),
});
export type FeedRefreshResult = z.infer<typeof FeedRefreshResultSchema>;
