import type { BookingDetail } from '../../../../shared/domain/booking';
import { useDesk } from '../../store';

export function BookingActions({ detail }: { detail: BookingDetail }) {
  const flow = useDesk((s) => s.flow);
  const startIssueCard = useDesk((s) => s.startIssueCard);
  const cancelFlow = useDesk((s) => s.cancelFlow);
  const askCheckOut = useDesk((s) => s.askCheckOut);
  const confirmCheckOut = useDesk((s) => s.confirmCheckOut);
  const open = detail.status === 'booked' || detail.status === 'checked_in';
  const busy = flow === 'issuing' || flow === 'checking-out';

  if (flow === 'awaiting-card')
    return (
      <div className="actions awaiting" role="status">
        <div className="tap-prompt">
          <span className="tap-icon" aria-hidden="true" />
          <div>
            <strong>Tap the guest’s card on the reader</strong>
            <span>It will open {detail.doors.map((d) => d.name).join(' and ')}.</span>
          </div>
        </div>
        <button type="button" className="btn btn-secondary" onClick={cancelFlow}>
          Cancel
        </button>
      </div>
    );

  if (flow === 'confirm-checkout')
    return (
      <div className="actions confirm">
        <p>
          Check out <strong>{detail.guestName}</strong> and remove every card from every door?
        </p>
        <button type="button" className="btn btn-danger" onClick={() => void confirmCheckOut()}>
          Yes, check out room {detail.roomName}
        </button>
        <button type="button" className="btn btn-secondary" onClick={cancelFlow}>
          Keep the guest
        </button>
      </div>
    );

  return (
    <div className="actions">
      <button type="button" className="btn btn-primary" disabled={!open || busy} onClick={startIssueCard}>
        Issue card
      </button>
      <button type="button" className="btn btn-secondary" disabled={detail.status !== 'checked_in' || busy} onClick={askCheckOut}>
        Check out
      </button>
    </div>
  );
}
