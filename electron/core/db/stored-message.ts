import { english, MessageSchema, type WireMessage } from '../../../shared/messages';

/**
 * Messages kept in SQLite beside their English wording: a `<column>` with the English sentence (the
 * log, older readers) and a `<column>_msg` with the message as JSON (key + params), worded in the
 * reader's language when shown.
 */
export function storeMessage(m: WireMessage): { text: string; json: string };
export function storeMessage(m: WireMessage | null): { text: string | null; json: string | null };
export function storeMessage(m: WireMessage | null): { text: string | null; json: string | null } {
  return m ? { text: english(m), json: JSON.stringify(m) } : { text: null, json: null };
}

/** A stored message, or null for a row from before messages or one that no longer parses (the English text is shown then). */
export function readMessage(json: string | null): WireMessage | null {
  if (json === null) return null;
  try {
    const parsed = MessageSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
