import { describe, expect, it } from 'vitest';
import { feedIdentity } from '../../electron/core/bookings/feed-identity';

/** Event texts as each platform writes them (made-up codes and digits; feed-identity.ts says where each shape comes from). */
describe('who a feed event is', () => {
  it('Airbnb: the reservation code from the reservation URL and the phone’s last 4; "Reserved" is no name', () => {
    const d = 'Reservation URL: https://www.airbnb.com/hosting/reservations/details/HMQ4ZT7KXA\nPhone Number (Last 4 Digits): 0821';
    expect(feedIdentity('Reserved', d)).toEqual({ guestName: null, resCode: 'HMQ4ZT7KXA', phoneLast4: '0821' });
    // Regional domains and a missing phone line.
    expect(feedIdentity('Reserved', 'Reservation URL: https://www.airbnb.co.uk/hosting/reservations/details/hmab12cd34')).toEqual({
      guestName: null,
      resCode: 'HMAB12CD34',
      phoneLast4: '',
    });
  });

  it('VRBO / HomeAway: the name after "Reserved -"; a plain title is the name; blocks and Booking.com are no one', () => {
    expect(feedIdentity('Reserved - Mélanie Dubois', '').guestName).toBe('Mélanie Dubois');
    expect(feedIdentity('Réservée - M & Mme', '').guestName).toBe('M & Mme');
    expect(feedIdentity('Sarah J.', '').guestName).toBe('Sarah J.');
    for (const title of ['CLOSED - Not available', 'Not available', 'Blocked', 'Indisponible', 'Booked', ''])
      expect(feedIdentity(title, '').guestName).toBeNull();
  });

  it('a labelled code from a channel manager’s copy; digits that are not labelled as the last 4 are not taken', () => {
    expect(feedIdentity('CLOSED - Not available', 'Booking number: 4051223987')).toMatchObject({ resCode: '4051223987', phoneLast4: '' });
    expect(feedIdentity('Reserved', 'Reservation ID: HA-7Q2P9X\nGuests: 2')).toMatchObject({ resCode: 'HA-7Q2P9X' });
    expect(feedIdentity('Reserved', 'Call 600 123 456 after 18:00')).toEqual({ guestName: null, resCode: '', phoneLast4: '' });
  });
});
