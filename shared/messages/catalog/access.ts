import { defineMessages } from '../define';

/** Sentences the core sends about access, in every desk language. Keys start with 'access.'. */
export const accessMessages = defineMessages({});
