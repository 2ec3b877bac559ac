import { useTranslation } from 'react-i18next';
import type { BookingDetail } from '../../../../shared/domain/booking';
import type { Credential } from '../../../../shared/domain/credential';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';
import { useFormat } from '../../ui/format';
import { isOfflineCode } from '../booking/credentials';

/** Why a door waits or failed, in the clerk's language. */
const why = (c: Credential): string => words(c.error);

/** One door's outcome in plain words, including what happens next when it is not done. */
function useLine(): (c: Credential) => { tone: 'ok' | 'wait' | 'bad'; text: string } {
  const { t } = useTranslation();
  const f = useFormat();
  return (c) => {
    switch (c.state) {
      case 'issued':
        if (isOfflineCode(c))
          return { tone: 'ok', text: t('outcome.offline', { secret: c.secret, from: f.moment(c.startMs), to: f.moment(c.endMs) }) };
        return {
          tone: 'ok',
          text:
            c.kind === 'card'
              ? t('outcome.issued.card', { until: f.moment(c.endMs) })
              : t('outcome.issued.passcode', { secret: c.secret, from: f.moment(c.startMs), to: f.moment(c.endMs) }),
        };
      case 'pending':
        return { tone: 'wait', text: c.error ? t('outcome.pendingWhy', { why: why(c).replace(/\.$/, '') }) : t('outcome.pending') };
      case 'failed':
        return { tone: 'bad', text: t(c.kind === 'card' ? 'outcome.failed' : 'outcome.failedPasscode', { why: why(c) }) };
      case 'revoking':
        return { tone: 'wait', text: t('outcome.revoking', { until: f.moment(c.endMs) }) };
      case 'revoked':
        // A message on a revoked code means it still opens the door (a lock with no gateway, §10.13).
        return c.error ? { tone: 'bad', text: why(c) } : { tone: 'ok', text: t('outcome.revoked') };
    }
  };
}

/** What the last action did on each door, following the live state as late doors settle. */
export function OutcomeReport({ detail }: { detail: BookingDetail }) {
  const { t } = useTranslation();
  const outcome = useDesk((s) => s.outcome);
  const startIssueCard = useDesk((s) => s.startIssueCard);
  const line = useLine();
  if (!outcome || outcome.bookingId !== detail.id) return null;
  const creds = detail.credentials.filter((c) => outcome.credentialIds.includes(c.id));
  const lines = creds.map((c) => ({ c, ...line(c) }));
  const allDone = lines.every((l) => l.tone === 'ok');
  const anyBad = lines.some((l) => l.tone === 'bad');
  const doors = [...new Set(creds.map((c) => c.doorName))].join(', ');
  const secret = outcome.secret ?? '';
  return (
    <section
      className={`outcome outcome-${allDone ? 'ok' : anyBad ? 'bad' : 'wait'}`}
      aria-labelledby="outcome-title"
      data-testid="outcome"
    >
      <h2 id="outcome-title">{t(`outcome.title.${outcome.kind}`, { secret })}</h2>
      <p className="outcome-summary" role={allDone ? 'status' : 'alert'}>
        {allDone
          ? t(`outcome.allGood.${outcome.kind}`, { doors, guest: detail.guestName })
          : t(anyBad ? 'outcome.someFailed' : 'outcome.someWaiting')}
      </p>
      {outcome.notice && (
        <p className="notice notice-info" data-testid="outcome-notice">
          {words(outcome.notice)}
        </p>
      )}
      {lines.length > 0 && (
        <ul className="outcome-lines">
          {lines.map(({ c, tone, text }) => (
            <li key={c.id} className={`outcome-line outcome-line-${tone}`} data-door={c.doorName} data-tone={tone}>
              <strong>{c.doorName}</strong>
              <span>{text}</span>
            </li>
          ))}
        </ul>
      )}
      {outcome.kind === 'lost' && (detail.status === 'checked_in' || detail.status === 'booked') && (
        <button type="button" className="btn btn-primary" onClick={startIssueCard}>
          {t('outcome.replacement')}
        </button>
      )}
    </section>
  );
}
