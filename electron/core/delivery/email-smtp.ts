import nodemailer from 'nodemailer';
import type { DeliverySettings } from '../../../shared/domain/delivery';
import { msg } from '../../../shared/messages';
import type { EmailMessage, EmailSender, SendOutcome } from './transport';

/** Short enough that a dead server does not hold a delivery slot for minutes; the outbox retries. */
const TIMEOUT_MS = 15_000;

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const reply = (e: SmtpError): string => (e.response ?? e.message ?? '').replace(/\s+/g, ' ').slice(0, 200);

/**
 * nodemailer's failures, sorted: a refused recipient (5xx on RCPT) bounces; a temporary reply
 * (4xx), a connection that fails or times out is retried; a wrong password or a TLS mismatch waits
 * for the manager (retrying would only lock the account).
 */
export function classifySmtpError(e: unknown, host: string, recipient: string): SendOutcome {
  const err = (e ?? {}) as SmtpError;
  const code = err.code ?? '';
  const status = err.responseCode ?? 0;
  if (code === 'EAUTH' || status === 535 || status === 534) return { kind: 'failed', reason: msg('delivery.smtpAuth') };
  if (code === 'ETLS') return { kind: 'failed', reason: msg('delivery.smtpTls', { detail: reply(err) }) };
  if (status >= 400 && status < 500) return { kind: 'retry', reason: msg('delivery.smtpTemporary', { reply: reply(err) }) };
  if (status >= 500 && code === 'EENVELOPE') return { kind: 'bounced', reason: msg('delivery.bounced', { recipient, reply: reply(err) }) };
  if (status >= 500) return { kind: 'failed', reason: msg('delivery.smtpRefused', { reply: reply(err) }) };
  return { kind: 'retry', reason: msg('delivery.smtpUnreachable', { host, detail: code || reply(err) }) };
}

/** The property's own SMTP server, one pooled-free transport per settings (created when they change). */
export function createSmtpSender(email: DeliverySettings['email'], password: string | null): EmailSender {
  const transport = nodemailer.createTransport({
    // One kept connection (closed when idle by the server, reopened at need): a code confirmed on
    // the lock reaches the server without a new TCP + TLS + login handshake each time.
    pool: true,
    maxConnections: 2,
    host: email.host,
    port: email.port,
    // 'tls': implicit TLS (usually 465); 'starttls': plain then upgrade, refused if the server cannot (587);
    // 'none': a relay on the LAN that speaks no TLS (never upgraded, so a bad certificate cannot stop it).
    secure: email.tls === 'tls',
    requireTLS: email.tls === 'starttls',
    ignoreTLS: email.tls === 'none',
    ...(email.user ? { auth: { user: email.user, pass: password ?? '' } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(m: EmailMessage): Promise<SendOutcome> {
      try {
        const info = await transport.sendMail({ from: email.from, to: m.to, subject: m.subject, text: m.text, html: m.html });
        if (info.rejected.length > 0) return { kind: 'bounced', reason: msg('delivery.bounced', { recipient: m.to, reply: String(info.response ?? '').slice(0, 200) }) };
        return { kind: 'sent', providerId: info.messageId || null };
      } catch (e) {
        return classifySmtpError(e, email.host, m.to);
      }
    },
    close: () => transport.close(),
  };
}
