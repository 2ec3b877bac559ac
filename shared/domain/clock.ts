import { z } from 'zod';

/**
 * What the desk knows about the PC's clock. `pcAheadMs` is set only while the cloud's answers show
 * the PC's clock more than two minutes off (negative: behind); the desk then works on the cloud's
 * time and the screen asks for the clock to be fixed.
 */
export const ClockStatusSchema = z.object({
  pcAheadMs: z.number().nullable(),
});
export type ClockStatus = z.infer<typeof ClockStatusSchema>;
