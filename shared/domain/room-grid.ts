import { z } from 'zod';

/**
 * What a stay looks like on the room grid (tape chart), decided in the core so every screen and
 * test agrees: `arriving` and `no-show` are booked stays (due today / past their arrival day),
 * `departing` is in house and due out today, `attention` is a stay a door could not be done for or
 * a guest past their departure, `past` is a stay already checked out.
 */
export const GridStayStateSchema = z.enum(['arriving', 'booked', 'in-house', 'departing', 'attention', 'no-show', 'past']);
export type GridStayState = z.infer<typeof GridStayStateSchema>;

export const GridStaySchema = z.object({
  bookingId: z.number().int(),
  roomId: z.number().int(),
  guestName: z.string(),
  ref: z.string(),
  arrivalMs: z.number().int(),
  departureMs: z.number().int(),
  state: GridStayStateSchema,
});
export type GridStay = z.infer<typeof GridStaySchema>;

export const RoomGridSchema = z.object({
  /** The property's days shown, yesterday first (local dates, YYYY-MM-DD, with their bounds). */
  days: z.array(z.object({ date: z.string(), startMs: z.number().int(), endMs: z.number().int() })),
  /** Index of today in `days`. */
  today: z.number().int(),
  rooms: z.array(z.object({ id: z.number().int(), name: z.string() })),
  stays: z.array(GridStaySchema),
});
export type RoomGrid = z.infer<typeof RoomGridSchema>;

/** Yesterday and the next two weeks: a clerk plans walk-ins and moves within that. */
export const GRID_DAYS_BEFORE = 1;
export const GRID_DAYS_AFTER = 13;
