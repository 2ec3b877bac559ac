import { defineMessages } from '../define';

/** Sentences the core sends about setup, in every desk language. Keys start with 'setup.'. */
export const setupMessages = defineMessages({});
