import { defineMessages } from '../define';

/** Sentences the core sends about bookings, in every desk language. Keys start with 'bookings.'. */
export const bookingsMessages = defineMessages({});
