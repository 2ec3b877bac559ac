import { describe, expect, it } from 'vitest';
import { dateOrder, entryPattern, formatDateEntry, nightsBetween, parseDateEntry } from '../../renderer/src/features/change/date-entry';

describe('date entry in the desk language’s order', () => {
  it('takes the order from the locale, not from the PC', () => {
    expect(dateOrder('en-GB')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(dateOrder('es-ES')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(dateOrder('en-US').order).toEqual(['month', 'day', 'year']);
    expect(dateOrder('ja-JP').order).toEqual(['year', 'month', 'day']);
  });

  it('writes a wall date the way the clerk reads it', () => {
    expect(formatDateEntry('2026-11-26', 'en-GB')).toBe('26/11/2026');
    expect(formatDateEntry('2026-03-05', 'es-ES')).toBe('05/03/2026');
    expect(formatDateEntry('2026-03-05', 'en-US')).toBe('03/05/2026');
  });

  it('reads day first in English (GB) and Spanish, with any usual separator', () => {
    for (const locale of ['en-GB', 'es-ES']) {
      expect(parseDateEntry('26/11/2026', locale, '2030-06-01')).toBe('2026-11-26');
      expect(parseDateEntry(' 5.3.2027 ', locale, '2030-06-01')).toBe('2027-03-05');
      expect(parseDateEntry('05-03-27', locale, '2030-06-01')).toBe('2027-03-05');
      expect(parseDateEntry('5 3', locale, '2030-06-01')).toBe('2030-03-05');
    }
    expect(parseDateEntry('03/05/2026', 'en-US', '2030-06-01')).toBe('2026-03-05');
  });

  it('without a year, takes the date nearest the reference, across New Year in either direction', () => {
    expect(parseDateEntry('2/1', 'en-GB', '2026-12-30')).toBe('2027-01-02');
    expect(parseDateEntry('28/12', 'en-GB', '2026-12-30')).toBe('2026-12-28');
    expect(parseDateEntry('1/6', 'es-ES', '2026-11-30')).toBe('2026-06-01'); // within half a year: this year
    expect(parseDateEntry('2/1/2026', 'en-GB', '2026-12-30')).toBe('2026-01-02'); // a typed year is kept
    // Shortening a stay that ends 3 January to the 31st: the 31 December just before, not a year later.
    expect(parseDateEntry('31/12', 'en-GB', '2027-01-03')).toBe('2026-12-31');
    // Moving an arrival of 2 January back to the 30th.
    expect(parseDateEntry('30/12', 'es-ES', '2027-01-02')).toBe('2026-12-30');
    expect(parseDateEntry('29/2', 'en-GB', '2027-12-30')).toBe('2028-02-29'); // the only 29 February near
    expect(parseDateEntry('30/2', 'en-GB', '2027-12-30')).toBeNull();
  });

  it('accepts the unambiguous year-first form', () => {
    expect(parseDateEntry('2026-11-26', 'es-ES', '2030-06-01')).toBe('2026-11-26');
  });

  it('refuses what is not a real date instead of guessing', () => {
    // A US-order date typed on a European desk: month 26 does not exist.
    expect(parseDateEntry('11/26/2026', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('31/02/2026', 'es-ES', '2026-06-01')).toBeNull();
    expect(parseDateEntry('29/02/2027', 'es-ES', '2026-06-01')).toBeNull();
    expect(parseDateEntry('29/02/2028', 'es-ES', '2026-06-01')).toBe('2028-02-29');
    expect(parseDateEntry('', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('26', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('26/11/2026/1', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('tomorrow', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('26/11/202', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('026/11/2026', 'en-GB', '2026-06-01')).toBeNull();
    expect(parseDateEntry('26/11/1999', 'en-GB', '2026-06-01')).toBeNull();
  });

  it('counts nights across month, year and DST boundaries by the calendar', () => {
    expect(nightsBetween('2026-11-26', '2026-11-29')).toBe(3);
    expect(nightsBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(nightsBetween('2026-03-28', '2026-03-30')).toBe(2); // clocks go forward in Madrid on the 29th
    expect(nightsBetween('2026-11-26', '2026-11-26')).toBe(0);
    expect(nightsBetween('2026-11-26', '2026-11-25')).toBe(-1);
  });

  it('shows the typing pattern in the language’s letters', () => {
    expect(entryPattern('en-GB', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('dd/mm/yyyy');
    expect(entryPattern('es-ES', { day: 'dd', month: 'mm', year: 'aaaa' })).toBe('dd/mm/aaaa');
  });
});
