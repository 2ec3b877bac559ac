/**
 * shared/ is compiled with neither DOM nor Node types, yet runs under both (renderer and core);
 * each provides the WHATWG TextEncoder, which is all of it shared/ uses.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
