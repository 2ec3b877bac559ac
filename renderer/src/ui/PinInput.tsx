import type { InputHTMLAttributes } from 'react';
import { PIN_MAX_LENGTH } from '../../../shared/domain/staff';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  /** Gets digits only, at most a PIN's length: a letter typed or pasted never reaches the field. */
  onChange: (digits: string) => void;
};

/** A staff PIN field: hidden, the number pad on a touch screen, never remembered by the browser. */
export function PinInput({ value, onChange, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={PIN_MAX_LENGTH}
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH))}
    />
  );
}
