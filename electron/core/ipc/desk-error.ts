import type { IpcErrorCode } from '../../../shared/ipc/result';

/** A failure a handler reports on purpose; its message is shown to the clerk as is. */
export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
