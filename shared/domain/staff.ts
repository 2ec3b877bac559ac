import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';

export const StaffRoleSchema = z.enum(['desk', 'manager']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/** A PIN is 4 to 8 digits: short enough to type after every break, long enough with the attempt limit. */
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
export const PinSchema = z.string().regex(new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`), fieldRule('ipc.field.pin'));

/** A staff member as the renderer sees one: never the PIN, its hash or its salt. */
export const StaffMemberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: StaffRoleSchema,
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const StaffStatusSchema = z.object({
  /** False until the first staff member exists: the desk then runs open (first-run setup). */
  configured: z.boolean(),
  /** A real-account desk with no staff: closed until someone creates the first manager (demo desks stay open). */
  firstManager: z.boolean(),
  locked: z.boolean(),
  current: StaffMemberSchema.nullable(),
  /** Who may unlock (names for the lock screen's picker). */
  roster: z.array(StaffMemberSchema),
  idleLockMinutes: z.number().int(),
});
export type StaffStatus = z.infer<typeof StaffStatusSchema>;

export const StaffSaveSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1, fieldRule('ipc.field.staffName')).max(60),
    role: StaffRoleSchema,
    /** Required for a new member; absent on an edit keeps the PIN. */
    pin: PinSchema.optional(),
  })
  .strict();
export type StaffSave = z.infer<typeof StaffSaveSchema>;
