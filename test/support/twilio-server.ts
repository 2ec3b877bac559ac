import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
}

/**
 * A local HTTP server implementing Twilio's Messages endpoint as documented:
 * POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP basic auth (SID : auth token),
 * form-encoded To / From / Body, 201 with the message resource, errors as JSON
 * `{ code, message, more_info, status }` (401 → 20003, an invalid To → 400 / 21211, 429 → 20429).
 * `next` queues answers a test wants before the normal behaviour resumes.
 */
export async function startTestTwilio(account: { sid: string; token: string }) {
  const messages: TwilioMessage[] = [];
  const next: { status: number; code: number; message: string; retryAfter?: number }[] = [];
  let requests = 0;
  const error = (status: number, code: number, message: string) =>
    JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => resolve(body));
    });
  const server = createServer((req, res) => {
    void (async () => {
      requests++;
      const body = await readBody(req);
      res.setHeader('content-type', 'application/json');
      const path = `/2010-04-01/Accounts/${account.sid}/Messages.json`;
      if (req.method !== 'POST' || req.url !== path)
        return res.writeHead(404).end(error(404, 20404, 'The requested resource was not found'));
      const expected = `Basic ${Buffer.from(`${account.sid}:${account.token}`).toString('base64')}`;
      if (req.headers.authorization !== expected)
        return res.writeHead(401).end(error(401, 20003, 'Authentication Error - invalid username'));
      const queued = next.shift();
      if (queued) {
        if (queued.retryAfter !== undefined) res.setHeader('retry-after', String(queued.retryAfter));
        return res.writeHead(queued.status).end(error(queued.status, queued.code, queued.message));
      }
      const form = new URLSearchParams(body);
      const to = form.get('To') ?? '';
      const from = form.get('From') ?? '';
      const text = form.get('Body') ?? '';
      if (!to) return res.writeHead(400).end(error(400, 21604, "A 'To' phone number is required."));
      if (!/^\+[1-9]\d{6,14}$/.test(to))
        return res.writeHead(400).end(error(400, 21211, `The 'To' number ${to} is not a valid phone number.`));
      if (!text) return res.writeHead(400).end(error(400, 21602, 'Message body is required.'));
      const sid = `SM${String(messages.length + 1).padStart(32, '0')}`;
      messages.push({ sid, to, from, body: text });
      res.writeHead(201).end(
        JSON.stringify({
          sid,
          account_sid: account.sid,
          to,
          from,
          body: text,
          status: 'queued',
          num_segments: '1',
          error_code: null,
          error_message: null,
        }),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    messages,
    next,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
