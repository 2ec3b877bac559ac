import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 (the smtp-server package) that parses every message it accepts
 * with mailparser. `behaviour` lets a test refuse a recipient, a login, or the whole message.
 */
export interface TestSmtp {
  port: number;
  received: ParsedMail[];
  /** performance.now() when each message's DATA began (the bench's "handed to SMTP"). */
  dataAt: number[];
  /** Each RCPT TO the server was asked for (accepted or not). */
  recipients: string[];
  behaviour: {
    rejectRecipient?: (address: string) => { code: number; message: string } | null;
    failData?: { code: number; message: string } | null;
  };
  close(): Promise<void>;
}

/** A certificate for the server: `implicit` speaks TLS from the first byte (465), otherwise it offers STARTTLS (587). */
export interface TestSmtpTls {
  key: string;
  cert: string;
  implicit: boolean;
}

export async function startTestSmtp(options: { user?: string; password?: string; tls?: TestSmtpTls } = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const recipients: string[] = [];
  const dataAt: number[] = [];
  const behaviour: TestSmtp['behaviour'] = {};
  const opts: SMTPServerOptions = {
    secure: options.tls?.implicit ?? false,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    disabledCommands: [...(options.tls && !options.tls.implicit ? [] : ['STARTTLS']), ...(options.user ? [] : ['AUTH'])],
    authOptional: !options.user,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      recipients.push(address.address);
      const refused = behaviour.rejectRecipient?.(address.address);
      if (refused) return callback(Object.assign(new Error(refused.message), { responseCode: refused.code }));
      return callback();
    },
    onData(stream, _session, callback) {
      dataAt.push(performance.now());
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const fail = behaviour.failData;
        if (fail) return callback(Object.assign(new Error(fail.message), { responseCode: fail.code }));
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            received.push(mail);
            callback();
          })
          .catch((e: Error) => callback(e));
      });
    },
  };
  const server = new SMTPServer(opts);
  // A client that refuses the certificate closes mid-handshake: the server's error, not the test's.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    dataAt,
    recipients,
    behaviour,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
