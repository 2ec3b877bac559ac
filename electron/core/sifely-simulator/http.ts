import type { IncomingMessage, ServerResponse } from 'node:http';

/** Small HTTP helpers shared by the simulated API and its admin surface. */

export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Spring Boot's default error body, which is what the real service answers for 500s (§4). */
export function sendSpringError(res: ServerResponse, status: number, message: string, path: string, nowMs: number): void {
  const error = status === 500 ? 'Internal Server Error' : status === 404 ? 'Not Found' : 'Error';
  sendJson(res, status, { timestamp: new Date(nowMs).toISOString(), status, error, message, path });
}
