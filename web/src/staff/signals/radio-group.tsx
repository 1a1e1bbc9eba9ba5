/** A native radio group: one Tab stop, arrow keys move the choice, the legend names the question. */
export function RadioGroup<T extends string>({
  name,
  legend,
  labels,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'choices invalid' : 'choices'} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="choice-row">
        {(Object.entries(labels) as [T, string][]).map(([code, label]) => (
          <label key={code} className="choice">
            <input type="radio" name={name} value={code} checked={value === code} onChange={() => onChange(code)} />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
