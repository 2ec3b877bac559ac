import { useId, useState, type KeyboardEvent } from 'react';

export interface DateFieldProps {
  label: string;
  /** What the clerk typed (or the date written in the language's order). */
  text: string;
  onText: (text: string) => void;
  /** The date `text` means, as "YYYY-MM-DD", or null when it is not a date. */
  iso: string | null;
  /** The date read back in words ("Thursday 26 November 2026") and its hour ("check-out 11:00"), when `iso` is set. */
  readout: { date: string; hour: string } | null;
  /** A problem with a real date (e.g. departure before arrival): shown at once. */
  problem?: string | null;
  /** Shown when `text` is not a date, once the clerk leaves the field or tries to go on. */
  notADate: string;
  /** How to type it ("dd/mm/yyyy"), as the placeholder. */
  pattern: string;
  hint?: string;
  /** The ↑/↓ keys: move the date by this many days. */
  onStep?: (days: number) => void;
  /** Forces the "not a date" message to show (the form was submitted). */
  showErrors?: boolean;
  /** More ids describing the field (e.g. the stay's nights). */
  describedBy?: string;
  lang: string;
  disabled?: boolean;
}

/**
 * A date typed in the desk language's order, with the date read back in words right beside it
 * (weekday, month name, year, the property's hour), so a day/month mix-up is seen before anything
 * reaches a lock. Not <input type="date">: Chromium lays that out in the PC's order, whatever the
 * desk's language (see date-entry.ts).
 */
export function DateField(p: DateFieldProps) {
  const readoutId = useId();
  const hintId = useId();
  const [left, setLeft] = useState(false);
  const invalid = p.iso === null && (left || p.showErrors === true);
  const message = invalid ? p.notADate : (p.problem ?? null);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (!p.onStep || p.iso === null || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    p.onStep(e.key === 'ArrowUp' ? 1 : -1);
  };
  const describedBy = [readoutId, p.hint ? hintId : null, p.describedBy].filter(Boolean).join(' ');
  return (
    <div className="date-field">
      <label className="field">
        {p.label}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          lang={p.lang}
          maxLength={20}
          placeholder={p.pattern}
          value={p.text}
          disabled={p.disabled}
          aria-invalid={message !== null}
          aria-describedby={describedBy}
          onChange={(e) => {
            setLeft(false);
            p.onText(e.target.value);
          }}
          onBlur={() => setLeft(true)}
          onKeyDown={onKeyDown}
        />
      </label>
      <p
        id={readoutId}
        className={message ? 'date-readout date-readout-problem' : 'date-readout'}
        data-testid="date-readout"
        aria-live="polite"
      >
        {message ??
          (p.iso !== null && p.readout && (
            <>
              {/* Lines break between the date and the hour, never inside either. */}
              <span className="date-readout-part">{p.readout.date}</span>,{' '}
              <span className="date-readout-part date-readout-hour">{p.readout.hour}</span>
            </>
          ))}
      </p>
      {p.hint && (
        <p id={hintId} className="field-hint date-hint">
          {p.hint}
        </p>
      )}
    </div>
  );
}
