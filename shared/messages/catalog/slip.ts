import { defineMessages } from '../define';

/** Sentences the core sends about slip, in every desk language. Keys start with 'slip.'. */
export const slipMessages = defineMessages({});
