import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Message } from '../../../shared/messages';
import type { FeedContext, ParsedFeed } from './ical';
import { ImportError } from './import-error';

export interface ParseRequest {
  text: string;
  ctx: FeedContext;
  maxEvents: number;
}
export type ParseReply = { ok: true; parsed: ParsedFeed } | { ok: false; msg: Message | null; detail: string };

/**
 * Where the worker's code is. Bundled (Electron main, build/bundle-config.mjs) it is
 * ical-worker.mjs beside main.mjs, unpacked from app.asar (electron-builder.yml: a worker thread
 * reads its file with plain Node, which knows no asar). From source (Vitest, tsx: the preview)
 * it is the .ts file, loaded through tsx's loader registered inside the worker.
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const file = fileURLToPath(new URL('./ical-worker.mjs', here)).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
    return pathToFileURL(file);
  }
  // tsx's ESM entry (its package "import" condition; createRequire resolves the CommonJS one beside it).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const target = new URL('./ical-worker.ts', here).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * Reads a feed's ICS text on a worker thread, so a huge calendar never stalls the desk (the lock
 * outbox, the reader, the screen's requests all share the main thread). Rejects with the parser's
 * ImportError as it would have thrown it, or an Error when the worker itself failed.
 */
export function parseIcsOffThread(request: ParseRequest): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry());
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: ParseReply) =>
      settle(() => (reply.ok ? resolve(reply.parsed) : reject(reply.msg ? new ImportError(reply.msg) : new Error(reply.detail)))),
    );
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the feed parser stopped (exit ${code})`))));
    worker.postMessage(request);
  });
}
