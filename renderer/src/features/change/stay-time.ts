import { localDate, parseWall, wallTimeAt, zonedWallTimeToMs } from '../../../../shared/time/zoned';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "HH:MM" of an instant in the property's zone (a stay keeps its hour when its day moves). */
export function wallClock(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant of `date` (YYYY-MM-DD) at `time` (HH:MM) in the property's zone; DST-safe (shared/time). */
export function atWall(date: string, time: string, timeZone: string): number | null {
  try {
    return zonedWallTimeToMs(parseWall(date, time), timeZone);
  } catch {
    return null;
  }
}

export { localDate };
