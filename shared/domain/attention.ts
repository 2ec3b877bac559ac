import { z } from 'zod';
import { MessageSchema } from '../messages';
import { BookingSchema } from './booking';

/** What a feed or file asked for and the desk holds back for a clerk (issue 15, rule 4). */
export const HeldProposalSchema = z.object({
  roomId: z.number().int(),
  arrivalMs: z.number().int(),
  departureMs: z.number().int(),
  /** The source cancelled a guest who is in house. */
  cancel: z.boolean(),
});
export type HeldProposal = z.infer<typeof HeldProposalSchema>;

export const sameProposal = (a: HeldProposal, b: HeldProposal): boolean =>
  a.roomId === b.roomId && a.arrivalMs === b.arrivalMs && a.departureMs === b.departureMs && a.cancel === b.cancel;

/**
 * One line of the main screen's Needs-attention list: an imported stay that shares its room with
 * another (no credentials until resolved: another room, a shorter stay, or cancel), a change
 * from outside waiting for a clerk's confirmation, or a code to be issued ahead for a remote guest
 * (issue 18) that the occupancy rules refused (resolved like a clash; `reason` names the other stay).
 */
export const AttentionItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clash'), booking: BookingSchema, other: BookingSchema }),
  z.object({ kind: z.literal('codeHeld'), booking: BookingSchema, reason: MessageSchema }),
  z.object({
    kind: z.literal('held'),
    id: z.number().int(),
    booking: BookingSchema,
    source: z.string(),
    proposal: HeldProposalSchema.extend({ roomName: z.string() }),
  }),
]);
export type AttentionItem = z.infer<typeof AttentionItemSchema>;
