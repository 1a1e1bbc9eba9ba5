import { type ReactNode, useEffect, useRef } from 'react';

/**
 * An error where the eye is: scrolled into view and focused when it appears or changes, so a message
 * at the top of a long page is neither missed by a thumb at the bottom nor by a screen reader.
 */
export function AlertMessage({ text, children }: { text: string; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' });
    box.current?.focus({ preventScroll: true });
  }, [text]);
  return (
    <div ref={box} className="error" role="alert" tabIndex={-1}>
      <p>{text}</p>
      {children}
    </div>
  );
}
