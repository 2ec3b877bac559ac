import { z } from 'zod';

/**
 * The export formats the desk knows by name. Each preset says which header holds which field,
 * how its dates are written and what its status words mean; docs/csv-presets.md says where each
 * came from and how sure we are. 'generic' guesses from common header words.
 */
export const PresetIdSchema = z.enum([
  'generic',
  'booking-com',
  'airbnb',
  'expedia',
  'cloudbeds',
  'little-hotelier',
  'beds24',
  'lodgify',
  'hostaway',
]);
export type PresetId = z.infer<typeof PresetIdSchema>;

/** Every field a column can feed. guestName, or first + last name; room, or a room type the desk assigns from. */
export const CSV_FIELDS = [
  'ref',
  'guestName',
  'firstName',
  'lastName',
  'room',
  'roomType',
  'arrival',
  'departure',
  'contact',
  'email',
  'phone',
  'notes',
  'status',
] as const;
export type CsvFieldName = (typeof CSV_FIELDS)[number];

/** What a status cell means to the desk. 'not-a-stay': an inquiry, request or declined booking, which holds no room. */
export type ImportStatus = 'confirmed' | 'modified' | 'cancelled' | 'no-show' | 'not-a-stay';

export interface Preset {
  id: PresetId;
  /** The tool's own name (not translated). */
  name: string;
  /** Field → the header(s) the tool writes, first match wins (exact, case-insensitive). */
  columns: Partial<Record<CsvFieldName, readonly string[]>>;
  /** 'auto' unless the tool always writes one order (Airbnb: month first). */
  dateFormat: 'auto' | 'YMD' | 'DMY' | 'MDY';
  /** Lower-cased status words → meaning; anything else falls to the common words below. */
  statuses: Readonly<Record<string, ImportStatus>>;
}

const p = (x: Preset): Preset => x;

export const PRESETS: readonly Preset[] = [
  p({
    id: 'booking-com',
    name: 'Booking.com',
    // Extranet → Reservations → Download (XLS saved as CSV). "Rooms" is a count of rooms, never a room.
    columns: {
      ref: ['Book number', 'Reservation number'],
      guestName: ['Guest name(s)', 'Guest name', 'Booked by'],
      roomType: ['Unit type', 'Room type'],
      arrival: ['Check-in', 'Arrival'],
      departure: ['Check-out', 'Departure'],
      status: ['Status'],
      phone: ['Phone number', 'Phone'],
      notes: ['Remarks'],
    },
    dateFormat: 'auto',
    statuses: {
      ok: 'confirmed',
      confirmed: 'confirmed',
      modified: 'modified',
      cancelled_by_guest: 'cancelled',
      cancelled_by_hotel: 'cancelled',
      cancelled: 'cancelled',
      no_show: 'no-show',
    },
  }),
  p({
    id: 'airbnb',
    name: 'Airbnb',
    // Hosting → Reservations → Export (reservations CSV). Dates are month-first (M/D/YYYY).
    columns: {
      ref: ['Confirmation code'],
      guestName: ['Guest name', 'Guest'],
      room: ['Listing'],
      arrival: ['Start date'],
      departure: ['End date'],
      status: ['Status'],
      contact: ['Contact'],
    },
    dateFormat: 'MDY',
    statuses: {
      confirmed: 'confirmed',
      'currently hosting': 'confirmed',
      'arriving soon': 'confirmed',
      upcoming: 'confirmed',
      'checking out today': 'confirmed',
      'past guest': 'confirmed',
      'review guest': 'confirmed',
      'canceled by guest': 'cancelled',
      'canceled by host': 'cancelled',
      'canceled by airbnb': 'cancelled',
      canceled: 'cancelled',
      pending: 'not-a-stay',
      request: 'not-a-stay',
      inquiry: 'not-a-stay',
      expired: 'not-a-stay',
      declined: 'not-a-stay',
    },
  }),
  p({
    id: 'expedia',
    name: 'Expedia',
    // Partner Central → Reservations → Export. "Room" names the room type booked.
    columns: {
      ref: ['Reservation ID', 'Confirmation #', 'Confirmation number'],
      guestName: ['Guest', 'Guest name'],
      roomType: ['Room', 'Room type'],
      arrival: ['Check-in', 'Check-in date'],
      departure: ['Check-out', 'Check-out date'],
      status: ['Status'],
      notes: ['Special requests'],
    },
    dateFormat: 'auto',
    statuses: {
      booked: 'confirmed',
      confirmed: 'confirmed',
      modified: 'modified',
      changed: 'modified',
      cancelled: 'cancelled',
      canceled: 'cancelled',
      'no-show': 'no-show',
      'no show': 'no-show',
    },
  }),
  p({
    id: 'cloudbeds',
    name: 'Cloudbeds',
    // Reservations → Export. "Room Type" comes before "Room Number"; the number is the room.
    columns: {
      ref: ['Reservation Number', 'Reservation ID'],
      guestName: ['Guest Name', 'Name'],
      roomType: ['Room Type'],
      room: ['Room Number', 'Room'],
      arrival: ['Check in Date', 'Check-In Date', 'Check In'],
      departure: ['Check out Date', 'Check-Out Date', 'Check Out'],
      status: ['Status', 'Reservation Status'],
      email: ['Email'],
      phone: ['Phone Number', 'Phone'],
    },
    dateFormat: 'auto',
    statuses: {
      confirmed: 'confirmed',
      'confirmation pending': 'confirmed',
      'in-house': 'confirmed',
      'in house': 'confirmed',
      'checked out': 'confirmed',
      'checked-out': 'confirmed',
      canceled: 'cancelled',
      cancelled: 'cancelled',
      'no show': 'no-show',
      'no-show': 'no-show',
    },
  }),
  p({
    id: 'little-hotelier',
    name: 'Little Hotelier',
    // Reservations → Export (CSV). "Rooms" is the room's name here; "Number of Rooms" is the count.
    columns: {
      ref: ['Booking reference'],
      firstName: ['Guest first name'],
      lastName: ['Guest last name'],
      room: ['Rooms'],
      roomType: ['Room types'],
      arrival: ['Check in date'],
      departure: ['Check out date'],
      status: ['Status'],
      email: ['Guest email'],
      phone: ['Guest phone number'],
      notes: ['Guest comments'],
    },
    dateFormat: 'auto',
    statuses: {
      confirmed: 'confirmed',
      modified: 'modified',
      cancelled: 'cancelled',
      'no show': 'no-show',
      'no-show': 'no-show',
      unconfirmed: 'not-a-stay',
    },
  }),
  p({
    id: 'beds24',
    name: 'Beds24',
    // Bookings → List → Export CSV. "Room" is a room type (with a quantity); "Unit" is the room.
    columns: {
      ref: ['Booking Id', 'Id', 'Book Id'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      guestName: ['Guest Name', 'Name'],
      roomType: ['Room'],
      room: ['Unit'],
      arrival: ['Arrival', 'First Night'],
      departure: ['Departure'],
      status: ['Status'],
      email: ['Email'],
      phone: ['Phone', 'Mobile'],
      notes: ['Guest Comments', 'Notes'],
    },
    dateFormat: 'auto',
    statuses: {
      new: 'confirmed',
      confirmed: 'confirmed',
      cancelled: 'cancelled',
      request: 'not-a-stay',
      inquiry: 'not-a-stay',
      black: 'not-a-stay',
    },
  }),
  p({
    id: 'lodgify',
    name: 'Lodgify',
    // Bookings → Export. One house per rental, room types for hotels.
    columns: {
      ref: ['Id', 'Booking Id'],
      guestName: ['Name', 'Guest Name'],
      room: ['HouseName', 'House Name', 'Property'],
      roomType: ['RoomTypes', 'Room Types'],
      arrival: ['DateArrival', 'Arrival'],
      departure: ['DateDeparture', 'Departure'],
      status: ['Status'],
      email: ['Email'],
      phone: ['Phone'],
    },
    dateFormat: 'auto',
    statuses: {
      booked: 'confirmed',
      confirmed: 'confirmed',
      tentative: 'not-a-stay',
      open: 'not-a-stay',
      declined: 'not-a-stay',
      cancelled: 'cancelled',
      canceled: 'cancelled',
    },
  }),
  p({
    id: 'hostaway',
    name: 'Hostaway',
    // Reservations → Export. Status words as its reservation list shows them.
    columns: {
      ref: ['Reservation ID', 'Channel reservation ID'],
      guestName: ['Guest', 'Guest name', 'guestName'],
      firstName: ['guestFirstName'],
      lastName: ['guestLastName'],
      room: ['Listing', 'Listing name'],
      arrival: ['Check-in date', 'Check-in', 'arrivalDate'],
      departure: ['Check-out date', 'Check-out', 'departureDate'],
      status: ['Reservation status', 'Status'],
      email: ['Guest email', 'guestEmail'],
      phone: ['Guest phone', 'phone'],
    },
    dateFormat: 'auto',
    statuses: {
      new: 'confirmed',
      confirmed: 'confirmed',
      modified: 'modified',
      cancelled: 'cancelled',
      canceled: 'cancelled',
      pending: 'not-a-stay',
      'awaiting payment': 'not-a-stay',
      awaitingpayment: 'not-a-stay',
      declined: 'not-a-stay',
      expired: 'not-a-stay',
      inquiry: 'not-a-stay',
      inquirypreapproved: 'not-a-stay',
      inquirynotpossible: 'not-a-stay',
    },
  }),
];

/** Header words the usual tools use, for files no preset recognises. Most specific first. */
const GENERIC: readonly [CsvFieldName, RegExp][] = [
  ['status', /^(booking |reservation )?status$/i],
  [
    'ref',
    /^(ref|reference|code|book(ing)? ?(id|ref|reference|number|code|no\.?|#)|reservation ?(id|number|code|#)?|confirmation( code| number|#| #)?|res(ervation)? ?(no\.?|#)|id|uid)$/i,
  ],
  ['firstName', /^(guest )?first ?name$/i],
  ['lastName', /^(guest )?(last ?name|surname)$/i],
  ['guestName', /(guest|booker|client|customer|^name$|full ?name)/i],
  ['roomType', /(room|unit) ?type|category|categor[ií]a/i],
  // A count of rooms ("Rooms", "Number of rooms", "# rooms") is never the room.
  ['room', /^(?!.*(number of|# ?of|^#|count|qty|quantity|^rooms$))(.*(room|unit|apartment|listing|habitaci[oó]n).*)$/i],
  ['arrival', /(arrival|check.?in|^from$|start|anreise|llegada)/i],
  ['departure', /(departure|check.?out|^to$|^until$|end|abreise|salida)/i],
  ['email', /e-?mail|correo/i],
  ['phone', /(phone|tel[eé]fono|mobile|m[oó]vil|^tel$)/i],
  ['contact', /(contact)/i],
  ['notes', /(notes?|remarks?|comments?|requests?)/i],
];

export const presetById = (id: PresetId): Preset | undefined => PRESETS.find((x) => x.id === id);

/** A preset's columns found in these headers (exact words, any case). */
export function presetColumns(preset: Preset, headers: readonly string[]): Partial<Record<CsvFieldName, string>> {
  const out: Partial<Record<CsvFieldName, string>> = {};
  const used = new Set<string>();
  for (const field of CSV_FIELDS) {
    for (const want of preset.columns[field] ?? []) {
      const h = headers.find((x) => !used.has(x) && x.trim().toLowerCase() === want.toLowerCase());
      if (h !== undefined) {
        out[field] = h;
        used.add(h);
        break;
      }
    }
  }
  return out;
}

export function genericColumns(headers: readonly string[]): Partial<Record<CsvFieldName, string>> {
  const out: Partial<Record<CsvFieldName, string>> = {};
  const used = new Set<string>();
  for (const [field, re] of GENERIC) {
    const h = headers.find((x) => !used.has(x) && re.test(x.trim()));
    if (h !== undefined) {
      out[field] = h;
      used.add(h);
    }
  }
  // One name column is enough: first/last only when there is no whole-name column.
  if (out.guestName && (out.firstName || out.lastName)) {
    if (/first|last|surname/i.test(out.guestName)) delete out.guestName;
    else {
      delete out.firstName;
      delete out.lastName;
    }
  }
  return out;
}

/**
 * The preset whose own headers this file has most of: its reference, dates and a name or room
 * must all be there, so a generic file with "Status" and "Check-in" is not taken for Booking.com.
 */
export function detectPreset(headers: readonly string[]): PresetId {
  let best: { id: PresetId; score: number } = { id: 'generic', score: 0 };
  for (const preset of PRESETS) {
    const found = presetColumns(preset, headers);
    const ok = found.ref && found.arrival && found.departure && (found.guestName || found.firstName) && (found.room || found.roomType);
    if (!ok) continue;
    // Headers only this tool writes count most: an exact preset match of many columns wins.
    const score = Object.keys(found).length;
    if (score > best.score) best = { id: preset.id, score };
  }
  return best.id;
}

/** Status words every tool shares, for a preset that does not list a word and for the generic one. */
function commonStatus(v: string): ImportStatus | null {
  if (v === '' || /^(ok|confirmed?|new|booked|reserved|active|guaranteed|in.?house|checked.?(in|out)|arrived|departed|paid)$/.test(v))
    return 'confirmed';
  if (/^(modified|changed|amended|altered|updated)$/.test(v)) return 'modified';
  if (/no.?show/.test(v)) return 'no-show';
  if (/cancel|storn|annul/.test(v)) return 'cancelled';
  if (/^(inquiry|enquiry|request|requested|pending|tentative|declined|expired|option|quote|waitlist(ed)?|blocked?)$/.test(v))
    return 'not-a-stay';
  return null;
}

/** What a status cell means under a preset; null when neither the preset nor the common words know it. */
export function readStatus(presetId: PresetId, raw: string): ImportStatus | null {
  const v = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return presetById(presetId)?.statuses[v] ?? commonStatus(v);
}
