import type { Message } from '../../../shared/messages';

/** What one attempt to hand a message over came to. */
export type SendOutcome =
  | { kind: 'sent'; providerId: string | null }
  /** Worth trying again (network, 4xx reply, rate limit, provider 5xx); `minDelayMs` from Retry-After. */
  | { kind: 'retry'; reason: Message; minDelayMs?: number }
  /** Trying again cannot help until someone fixes something (credentials, the template, the server's rules). */
  | { kind: 'failed'; reason: Message }
  /** The server refused this recipient: the address or number must be checked with the guest. */
  | { kind: 'bounced'; reason: Message };

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<SendOutcome>;
  close(): void;
}

/**
 * An SMS provider: Twilio's Messages API first (sms-twilio.ts); another provider is another
 * implementation of this, chosen in delivery.ts.
 */
export interface SmsProvider {
  send(to: string, body: string): Promise<SendOutcome>;
}
