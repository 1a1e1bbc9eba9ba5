import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { themeShortcuts } from './theme-shortcuts.ts';

const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
export const maxThemes = 3;

/**
 * Theme checkboxes as one Tab stop (arrow keys move, Space toggles) with a letter per theme that
 * toggles it at once: fourteen Tab stops would break the 30-second entry.
 */
export function ThemePicker({
  themes,
  selected,
  onChange,
  onLimit,
  error,
}: {
  themes: { code: string; label: string }[];
  selected: string[];
  onChange: (codes: string[]) => void;
  onLimit: () => void;
  error?: string | undefined;
}) {
  const shortcuts = useMemo(() => themeShortcuts(themes), [themes]);
  const [active, setActive] = useState(0);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);

  function toggle(code: string) {
    if (selected.includes(code)) onChange(selected.filter((c) => c !== code));
    else if (selected.length >= maxThemes) onLimit();
    else onChange([...selected, code]);
  }
  function focusAt(index: number) {
    setActive(index);
    boxes.current[index]?.focus();
  }
  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusAt((active + move + themes.length) % themes.length);
      return;
    }
    if (event.key.length !== 1) return;
    const index = themes.findIndex((t) => shortcuts.get(t.code) === event.key.toUpperCase());
    const theme = themes[index];
    if (!theme) return;
    event.preventDefault();
    toggle(theme.code);
    focusAt(index);
  }

  return (
    <fieldset
      className={error ? 'choices invalid' : 'choices'}
      onKeyDown={onKeyDown}
      aria-describedby="themes-hint themes-error"
    >
      <legend>Thema&apos;s</legend>
      <p id="themes-hint" className="muted hint">
        Kies 1 tot 3. Pijltjestoetsen om te bewegen, spatie of de letter achter het thema om aan of uit te zetten.
      </p>
      <div className="theme-grid">
        {themes.map((theme, index) => {
          const letter = shortcuts.get(theme.code);
          return (
            <label key={theme.code} className="choice">
              <input
                ref={(el) => {
                  boxes.current[index] = el;
                }}
                type="checkbox"
                name="themes"
                value={theme.code}
                checked={selected.includes(theme.code)}
                tabIndex={index === active ? 0 : -1}
                aria-keyshortcuts={letter}
                onFocus={() => setActive(index)}
                onChange={() => toggle(theme.code)}
              />
              {theme.label}
              {letter && (
                <kbd className="shortcut" aria-hidden="true">
                  {letter}
                </kbd>
              )}
            </label>
          );
        })}
      </div>
      <p id="themes-error" className="field-error">
        {error}
      </p>
    </fieldset>
  );
}
