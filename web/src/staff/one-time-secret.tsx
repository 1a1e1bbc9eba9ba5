import { useEffect, useRef, useState } from 'react';

/**
 * A one-time password where it was made: scrolled into view, focused, announced (the caller renders it
 * inside a role="status" region that was already on the page), with a copy button.
 */
export function OneTimeSecret({ intro, secret }: { intro: string; secret: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.focus();
  }, [secret]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div ref={box} tabIndex={-1} className="notice one-time-secret">
      <p>
        {intro} Eenmalig wachtwoord: <code>{secret}</code>
        <button type="button" className="secondary" onClick={() => void copy()}>
          Kopiëren
        </button>
      </p>
      <p className="muted">
        {copied === true && 'Gekopieerd. '}
        {copied === false && 'Kopiëren lukte niet; selecteer het wachtwoord en kopieer het zelf. '}
        Geef het veilig door; het wordt niet nog eens getoond. Bij de eerste keer inloggen kiest de gebruiker een eigen
        wachtwoord.
      </p>
    </div>
  );
}
