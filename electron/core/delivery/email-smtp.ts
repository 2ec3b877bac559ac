import nodemailer from 'nodemailer';
import type { DeliverySettings } from '../../../shared/domain/delivery';
import { msg } from '../../../shared/messages';
import type { EmailMessage, EmailSender, SendOutcome } from './transport';

/** Short enough that a dead server does not hold a delivery slot for minutes; the outbox retries. */
const TIMEOUT_MS = 15_000;

interface SmtpError {
  code?: string;
  /** nodemailer keeps the TLS layer's own code here (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED...). */
  originalCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Node's verdicts on a server certificate: retrying cannot change them, only the server's owner can. */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const reply = (e: SmtpError): string => (e.response ?? e.message ?? '').replace(/\s+/g, ' ').slice(0, 200);

/**
 * nodemailer's failures, sorted: a refused recipient (5xx on RCPT) bounces; a temporary reply
 * (4xx), a connection that fails or times out is retried; a wrong password, a TLS mismatch or a
 * certificate the desk cannot trust (a property's own self-signed one) waits for the manager:
 * retrying would only lock the account or hand the code to whoever answers in the server's place.
 */
export function classifySmtpError(e: unknown, host: string, recipient: string): SendOutcome {
  const err = (e ?? {}) as SmtpError;
  const code = err.code ?? '';
  const status = err.responseCode ?? 0;
  if (code === 'EAUTH' || status === 535 || status === 534) return { kind: 'failed', reason: msg('delivery.smtpAuth') };
  if (err.originalCode && CERTIFICATE_CODES.has(err.originalCode))
    return { kind: 'failed', reason: msg('delivery.smtpCertificate', { host, detail: err.message ?? err.originalCode }) };
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
        if (info.rejected.length > 0)
          return {
            kind: 'bounced',
            reason: msg('delivery.bounced', { recipient: m.to, reply: String(info.response ?? '').slice(0, 200) }),
          };
        return { kind: 'sent', providerId: info.messageId || null };
      } catch (e) {
        return classifySmtpError(e, email.host, m.to);
      }
    },
    close: () => transport.close(),
  };
}
