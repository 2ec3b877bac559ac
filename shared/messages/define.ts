import type { Language } from './languages';

/** One sentence in every language, side by side so a translator sees both and none is forgotten. */
export type Wording = { readonly [L in Language]: string };

/**
 * Declares a catalogue of sentences. `const` keeps the English text as a literal type, which is
 * what lets `msg()` check at compile time that every `{{param}}` is given.
 */
export const defineMessages = <const T extends Record<string, Wording>>(catalog: T): T => catalog;

/** `'Room {{room}} is taken by {{guest}}'` → `'room' | 'guest'`. */
export type ParamNames<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | ParamNames<Rest> : never;
