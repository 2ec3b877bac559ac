import { defineMessages } from '../define';

/** Sentences the core sends about staff, in every desk language. Keys start with 'staff.'. */
export const staffMessages = defineMessages({});
