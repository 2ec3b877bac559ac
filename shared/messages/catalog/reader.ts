import { defineMessages } from '../define';

/** Sentences the core sends about reader, in every desk language. Keys start with 'reader.'. */
export const readerMessages = defineMessages({});
