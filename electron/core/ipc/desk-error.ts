import type { IpcErrorCode } from '../../../shared/ipc/result';
import { english, type Message } from '../../../shared/messages';

/**
 * A failure a handler reports on purpose. Its `msg` is worded for the clerk in their language by
 * the renderer; `message` is the English wording for the log.
 */
export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly code: IpcErrorCode,
    readonly msg: Message,
  ) {
    super(english(msg));
  }
}
