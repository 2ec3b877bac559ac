import { z } from 'zod';
import { ClockStatusSchema } from '../domain/clock';

/** Pushes from main to the renderer, the one place an event is declared (names.ts reads the names off it). */
export const events = {
  /** A card was read by the reader (HID or keyboard wedge seen by main). */
  'reader:card': z.object({ cardNumber: z.string(), source: z.enum(['hid']).optional() }),
  /** The reader's status changed (device plugged or unplugged, a read refused, a profile saved). */
  'reader:changed': z.object({}),
  /**
   * Something the screen shows changed in the core, at most once per tick: the booking lists, lock
   * health, and the bookings whose cards and codes changed state. The screen refreshes only those.
   */
  'desk:changed': z.object({ bookings: z.boolean(), health: z.boolean(), access: z.array(z.number().int()) }),
  /** The cloud's answers started or stopped showing the PC's clock off by more than two minutes. */
  'desk:clock': ClockStatusSchema,
} as const satisfies Record<`${string}:${string}`, z.ZodType>;

export type DeskEvents = typeof events;
export type EventName = keyof DeskEvents;
export type EventPayload<E extends EventName> = z.infer<DeskEvents[E]>;
