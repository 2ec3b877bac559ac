export type NoticeTone = 'info' | 'success' | 'error';

/**
 * A message for the clerk. Either a catalogue key (translated when shown, so switching language
 * re-words it) or a sentence from the core, which already speaks plain language.
 */
export type Notice = { tone: NoticeTone; key: string; params?: Record<string, string | number> } | { tone: NoticeTone; text: string };
