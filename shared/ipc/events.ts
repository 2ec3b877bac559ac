import { z } from 'zod';

/** Pushes from main to the renderer. Like channels, event names live only here. */
export const events = {
  /** A card was read by the reader (HID or keyboard wedge seen by main). */
  'reader:card': z.object({ cardNumber: z.string() }),
  /** Something the screen shows changed in the core (credential state, bookings). */
  'desk:changed': z.object({ bookingId: z.number().int().nullable() }),
} as const;

export type DeskEvents = typeof events;
export type EventName = keyof DeskEvents;
export type EventPayload<E extends EventName> = z.infer<DeskEvents[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
