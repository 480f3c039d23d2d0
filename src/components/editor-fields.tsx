import { useId, useState } from 'react';

/** A labelled one-line text input. */
export function TextField({ label, value, onChange, maxLength = 200, help }: { label: string; value: string; onChange: (value: string) => void; maxLength?: number; help?: string }) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} aria-describedby={help ? `${id}-help` : undefined} />
      {help ? (
        <span id={`${id}-help`} className="help">
          {help}
        </span>
      ) : null}
    </p>
  );
}

/** A labelled multi-line text input. */
export function TextArea({ label, value, onChange, maxLength = 2000, rows = 3 }: { label: string; value: string; onChange: (value: string) => void; maxLength?: number; rows?: number }) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
    </p>
  );
}

/**
 * A list of short texts edited one per line. It keeps the raw text while typing, so pressing
 * Enter for a new, still-empty line works; the list it reports leaves blank lines out.
 */
export function LinesField({ label, value, onChange, help }: { label: string; value: readonly string[]; onChange: (lines: string[]) => void; help?: string }) {
  const id = useId();
  const [text, setText] = useState(value.join('\n'));
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.max(2, Math.min(6, value.length + 1))}
        value={text}
        maxLength={20_000}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          setText(event.target.value);
          onChange(
            event.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          );
        }}
      />
      <span id={`${id}-help`} className="help">
        {help ?? 'One per line.'}
      </span>
    </p>
  );
}

/** A labelled number input that reports an empty box as "not set". */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min: number;
  max: number;
  step?: number;
}) {
  const id = useId();
  return (
    <p className="field field-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' || Number.isNaN(event.target.valueAsNumber) ? undefined : event.target.valueAsNumber)}
      />
    </p>
  );
}

/** A labelled select over a fixed list of options. */
export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}
