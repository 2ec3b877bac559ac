import type { WireMessage } from '../messages';

/**
 * The only shape that crosses the process boundary. Handlers never throw across IPC:
 * every failure becomes one of a closed set of codes plus a sentence a desk clerk can read. The
 * sentence travels as `msg` (a catalogue key and parameters, shared/messages), which the renderer
 * words in the clerk's language.
 */
export const IPC_ERROR_CODES = [
  'invalid-request', // payload failed schema validation in main
  'not-found', // booking / room / card unknown
  'conflict', // the action does not fit the current state (already checked out, …)
  'sifely', // the lock cloud refused or failed; message says what happens next
  'unavailable', // a dependency (cloud, printer, reader) cannot be reached right now
  'forbidden', // wrong sender, or a manager-only action
  'internal', // a bug: logged in full in main, a plain apology in the renderer
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcOk<T> = { ok: true; value: T };
export type IpcErr = { ok: false; code: IpcErrorCode; msg: WireMessage };
export type IpcResult<T> = IpcOk<T> | IpcErr;

export const ok = <T>(value: T): IpcOk<T> => ({ ok: true, value });
export const err = (code: IpcErrorCode, msg: WireMessage): IpcErr => ({ ok: false, code, msg });

/** Closes a switch over a union: a new member becomes a compile error here. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
