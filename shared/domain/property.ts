import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';

/** "HH:MM" wall-clock time in the property's time zone. */
export const WallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldRule('ipc.field.wallTime'));

export const PropertySchema = z.object({
  name: z.string().min(1),
  timeZone: z.string().min(1),
  checkInTime: WallTimeSchema,
  checkOutTime: WallTimeSchema,
});
export type Property = z.infer<typeof PropertySchema>;
