/**
 * Who a feed's event is, as far as the feed says. Booking calendars carry no guest name, but some
 * carry what a clerk needs to recognise the guest at the desk:
 *
 * - Airbnb: SUMMARY "Reserved"; DESCRIPTION "Reservation URL: https://www.airbnb.com/hosting/
 *   reservations/details/HM…\nPhone Number (Last 4 Digits): 1234". The HM… code is what the guest
 *   quotes; the UID is a hash nobody knows.
 * - VRBO / HomeAway: SUMMARY "Reserved - Name" (or the guest's name itself); channel managers
 *   that re-publish these add "Reservation ID: …" style lines to DESCRIPTION.
 * - Booking.com: "CLOSED - Not available" and no guest data; a channel manager's copy may add a
 *   "Booking number" / "Reservation number" line.
 *
 * Anything not recognised is left empty: never a guess.
 */
export interface FeedIdentity {
  /** The name the feed gives, or null when it gives none (the desk then says "<feed> guest"). */
  guestName: string | null;
  resCode: string;
  phoneLast4: string;
}

/** Titles that say "booked" and nothing about who (Airbnb, Booking.com, VRBO blocks). */
const NO_NAME = /^(reserved|reservation|booked|closed - not available|not available|unavailable|blocked|indisponible|occup[ée]e?)$/i;
/** VRBO / HomeAway: "Reserved - Melanie", "Réservée - M & Mme". */
const RESERVED_NAME = /^(?:reserved|réservée?|reservado|reserviert)\s*[-–:]\s*(.+)$/i;
const AIRBNB_CODE = /airbnb\.[a-z.]+\/hosting\/reservations\/details\/([A-Z0-9]{6,16})\b/i;
const LABELLED_CODE = /\b(?:reservation|booking|confirmation)\s*(?:id|code|number|no\.?|#)\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,29})\b/i;
const LAST4 = /\blast\s*4\s*digits\)?\s*[:#]?\s*(\d{4})\b/i;

export function feedIdentity(summary: string, description: string): FeedIdentity {
  const title = summary.trim();
  const named = RESERVED_NAME.exec(title)?.[1]?.trim();
  const guestName = named ? named : title === '' || NO_NAME.test(title) ? null : title;
  const resCode = (AIRBNB_CODE.exec(description)?.[1] ?? LABELLED_CODE.exec(description)?.[1] ?? '').toUpperCase();
  const phoneLast4 = LAST4.exec(description)?.[1] ?? '';
  return { guestName, resCode, phoneLast4 };
}
