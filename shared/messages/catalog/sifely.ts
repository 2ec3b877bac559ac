import { defineMessages } from '../define';

/** Sentences the core sends about sifely, in every desk language. Keys start with 'sifely.'. */
export const sifelyMessages = defineMessages({});
