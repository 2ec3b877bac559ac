import { MessageSchema, type WireMessage } from '../../../shared/messages';

/** A message kept in SQLite: catalogue JSON (key + params), worded in the reader's language when shown. */
export function storeMessage(m: WireMessage): string;
export function storeMessage(m: WireMessage | null): string | null;
export function storeMessage(m: WireMessage | null): string | null {
  return m ? JSON.stringify(m) : null;
}

/** A stored message, or null when there is none or it no longer parses. */
export function readMessage(json: string | null): WireMessage | null {
  if (json === null) return null;
  try {
    const parsed = MessageSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
