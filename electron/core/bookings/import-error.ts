/** A problem with an imported file as a whole; the message is shown to the clerk as is. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
