import { GuestContactSchema, type GuestContact } from '../../../../shared/domain/delivery';
import { isLanguage } from '../../../../shared/messages/languages';
import type { Db } from '../open';

const NONE: GuestContact = { email: '', phone: '', language: 'en' };

/** The guest's e-mail, phone and language per booking (validated on the way in, by GuestContactSchema). */
export function createContactsRepo(db: Db, now: () => number) {
  const select = db.prepare<[number], { email: string; phone: string; language: string }>(
    'SELECT email, phone, language FROM guest_contacts WHERE booking_id = ?',
  );
  const upsert = db.prepare<[number, string, string, string, number]>(
    `INSERT INTO guest_contacts (booking_id, email, phone, language, updated_ms) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (booking_id) DO UPDATE SET email = excluded.email, phone = excluded.phone, language = excluded.language, updated_ms = excluded.updated_ms`,
  );
  return {
    get(bookingId: number): GuestContact {
      const r = select.get(bookingId);
      if (!r) return NONE;
      return { email: r.email, phone: r.phone, language: isLanguage(r.language) ? r.language : 'en' };
    },
    /** Throws a ZodError for an invalid address or number: callers validate first (IPC schemas, CSV rows). */
    save(bookingId: number, contact: Partial<GuestContact>): GuestContact {
      const next = GuestContactSchema.parse({ ...this.get(bookingId), ...contact });
      upsert.run(bookingId, next.email, next.phone, next.language, now());
      return next;
    },
  };
}
export type ContactsRepo = ReturnType<typeof createContactsRepo>;
