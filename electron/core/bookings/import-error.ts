import { english, type Message } from '../../../shared/messages';

/**
 * A problem with an imported file (or feed) as a whole. `msg` is the sentence for the clerk, worded
 * in their language by the renderer; `message` is its English wording, for the log.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly msg: Message) {
    super(english(msg));
  }
}
