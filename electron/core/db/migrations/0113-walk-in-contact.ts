import type { Migration } from '../migrate';

/**
 * The walk-in dialog had one free-text "Phone or e-mail" field, stored as the booking's contact
 * text; it now takes the guest's e-mail and mobile (guest_contacts, migration 0100). A walk-in's
 * old text that is an address or an international number moves there, so it is shown and reached;
 * anything else stays the booking's contact text (the booking shows that too).
 *
 * The patterns are copied, not imported: a migration must do tomorrow what it did the day it shipped.
 */
const EMAIL = /^[^\s@<>(),;:"[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+[1-9]\d{6,14}$/;

export const m0113WalkInContact: Migration = {
  version: 113,
  name: 'walk-in-contact',
  up(db) {
    const rows = db
      .prepare<[], { id: number; contact: string; email: string | null; phone: string | null }>(
        `SELECT b.id, b.contact, c.email, c.phone FROM bookings b LEFT JOIN guest_contacts c ON c.booking_id = b.id
         WHERE b.source = 'desk' AND trim(b.contact) <> ''`,
      )
      .all();
    const upsert = db.prepare<[number, string, string, number]>(
      `INSERT INTO guest_contacts (booking_id, email, phone, language, updated_ms) VALUES (?, ?, ?, 'en', ?)
       ON CONFLICT (booking_id) DO UPDATE SET email = excluded.email, phone = excluded.phone`,
    );
    const clear = db.prepare<[number]>(`UPDATE bookings SET contact = '' WHERE id = ?`);
    const at = db.prepare<[number], { t: number }>('SELECT updated_ms AS t FROM bookings WHERE id = ?');
    for (const r of rows) {
      let email = r.email ?? '';
      let phone = r.phone ?? '';
      let rest = '';
      for (const word of r.contact.split(/[,;/]|\s(?=\S+@)|\s+(?:or|o)\s+/)) {
        const w = word.trim();
        const digits = w.replace(/[\s().-]/g, '');
        if (email === '' && EMAIL.test(w)) email = w;
        else if (phone === '' && PHONE.test(digits)) phone = digits;
        else if (w) rest = rest ? `${rest} ${w}` : w;
      }
      if (email === (r.email ?? '') && phone === (r.phone ?? '')) continue;
      upsert.run(r.id, email, phone, at.get(r.id)?.t ?? 0);
      if (rest === '') clear.run(r.id);
    }
  },
};
