import { z } from 'zod';
import { MessageSchema } from '../messages';

export const CredentialKindSchema = z.enum(['card', 'passcode']);
export type CredentialKind = z.infer<typeof CredentialKindSchema>;

/**
 * The state of one credential on one door, as the clerk sees it.
 * - pending: written locally, not yet confirmed by the lock cloud
 * - issued: the cloud accepted it through the gateway
 * - failed: the cloud refused it; `error` says why in plain words
 * - revoking: checkout asked for removal, not yet confirmed ("revocation pending")
 * - revoked: confirmed gone from the lock
 */
export const CredentialStateSchema = z.enum(['pending', 'issued', 'failed', 'revoking', 'revoked']);
export type CredentialState = z.infer<typeof CredentialStateSchema>;

export const CredentialSchema = z.object({
  id: z.number().int(),
  bookingId: z.number().int(),
  doorId: z.number().int(),
  doorName: z.string(),
  kind: CredentialKindSchema,
  /** Card number (decimal string, never a JS number) or passcode digits. */
  secret: z.string(),
  startMs: z.number().int(),
  endMs: z.number().int(),
  state: CredentialStateSchema,
  /** Why the credential is pending or failed, worded in the clerk's language by the renderer. */
  error: MessageSchema.nullable(),
  /** An offline code (the lock's own algorithm, no gateway needed): whole-hour window, its own digits (§10.10). */
  offline: z.boolean().optional(),
});
export type Credential = z.infer<typeof CredentialSchema>;
