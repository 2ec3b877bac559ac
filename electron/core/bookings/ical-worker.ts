import { parentPort } from 'node:worker_threads';
import { msg } from '../../../shared/messages';
import { parseIcsFeed } from './ical';
import { ImportError } from './import-error';
import type { ParseReply, ParseRequest } from './parse-off-thread';

/**
 * The worker thread that reads a feed's ICS text (parse-off-thread.ts starts one per refresh). A
 * calendar of 100 000 events takes seconds to read; here that time is not the desk's. Too many
 * events are refused here too, so only a calendar the desk will import crosses back.
 */
parentPort?.once('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    const parsed = parseIcsFeed(request.text, request.ctx);
    if (parsed.events.length > request.maxEvents) throw new ImportError(msg('bookings.feed.tooManyEvents', { max: request.maxEvents }));
    reply = { ok: true, parsed };
  } catch (e) {
    reply = { ok: false, msg: e instanceof ImportError ? e.msg : null, detail: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
