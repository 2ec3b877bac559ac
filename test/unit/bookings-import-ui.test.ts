import { describe, expect, it } from 'vitest';
import { shortAddress } from '../../renderer/src/features/bookings/feed-address';
import { bytesToBase64 } from '../../renderer/src/features/bookings/file-base64';

describe('a CSV file’s bytes as base64 (renderer)', () => {
  it('matches Node’s encoding for every byte value and for a file larger than one chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
    // Several 32 KB chunks and a ragged end: the chunk seams must not show in the output.
    const big = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });
});

describe('a feed address, shortened for the table', () => {
  it('keeps the host and the last part of the path, and caps the length', () => {
    expect(shortAddress('https://www.airbnb.com/calendar/ical/12345678.ics?s=abcdef0123456789')).toBe('www.airbnb.com/…/12345678.ics');
    expect(shortAddress('http://127.0.0.1:4321/a.ics')).toBe('127.0.0.1:4321/a.ics');
    expect(shortAddress('https://admin.booking.com/hotel/hoteladmin/ical.html?t=0123456789abcdef')).toBe('admin.booking.com/…/ical.html');
    const long = shortAddress('https://calendar.example-channel-manager.com/feeds/rooms/listing-000123456789.ics');
    expect(long).toHaveLength(32);
    expect(long).toBe('calendar.example-channel-manage…');
    expect(shortAddress('not a url but very long indeed, longer than thirty-two')).toHaveLength(32);
  });
});
