import { handlersFor } from '../ipc/dispatch';
import type { OutboxRepo } from '../db/repos/outbox.repo';
import type { AccessEngine } from './engine';
import type { ReconcileReport } from '../../../shared/ipc/contract';

/** The access engine's part of the IPC handler table. */
export interface AccessHandlerDeps {
  /** The card endpoint of the active reader profile (calibration decides plain or reversed). */
  cardEndpoint: () => 'plain' | 'reversed';
  reconcile: () => Promise<ReconcileReport>;
  /** The staff member signed in at the desk (the core's session, never the renderer's word): the audit log records them. */
  currentStaff?: () => string;
  /** Digits of a generated passcode (the manager's setting). */
  passcodeLength?: () => number;
}

export function accessHandlers(engine: AccessEngine, outbox: OutboxRepo, deps: AccessHandlerDeps) {
  const staff = (): string => deps.currentStaff?.() ?? 'desk';
  return handlersFor({
    'booking:get': ({ bookingId }) => engine.detail(bookingId),
    'access:issue-card': ({ bookingId, cardNumber }) =>
      engine.issueCard(bookingId, cardNumber, { variant: deps.cardEndpoint(), staff: staff() }),
    'access:check-out': ({ bookingId }) => engine.checkOut(bookingId, staff()),
    'access:issue-passcode': ({ bookingId, digits }) =>
      engine.issuePasscode(bookingId, {
        staff: staff(),
        ...(digits === undefined ? {} : { digits }),
        ...(deps.passcodeLength ? { length: deps.passcodeLength() } : {}),
      }),
    'access:cancel': ({ bookingId }) => engine.cancel(bookingId, staff()),
    'access:report-lost': ({ cardNumber }) => engine.reportLostCard(cardNumber, staff()),
    'access:card-returned': ({ cardNumber }) => engine.cardReturned(cardNumber, staff()),
    'access:identify-card': ({ cardNumber }) => ({ booking: engine.identifyCard(cardNumber) }),
    'access:preview-change': ({ bookingId, ...change }) => ({ steps: engine.previewChange(bookingId, change) }),
    'access:apply-change': ({ bookingId, ...change }) => engine.applyChange(bookingId, change, staff()),
    'access:reconcile': () => deps.reconcile(),
    'outbox:status': () => {
      const c = outbox.counts();
      return { queued: c.queued, sending: c.sending, done: c.done, gaveUp: c.gave_up };
    },
  });
}
