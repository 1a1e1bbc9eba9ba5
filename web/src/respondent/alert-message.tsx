import { type ReactNode, useEffect, useRef } from 'react';
import type { QuestionnaireNotice } from './questionnaire-messages.ts';

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

/** A refused send: the message, the questions to look at, and "send again" where that may help. */
export function SendNotice({
  notice,
  retryText,
  busy,
  onRetry,
}: {
  notice: QuestionnaireNotice;
  retryText: string;
  busy: boolean;
  onRetry: () => void;
}) {
  return (
    <AlertMessage text={notice.text}>
      {notice.questions.length > 0 && (
        <ul>
          {notice.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
      {notice.retry && (
        <button type="button" disabled={busy} onClick={onRetry}>
          {retryText}
        </button>
      )}
    </AlertMessage>
  );
}

/** News that is not an error ("no connection, kept on this device"), brought into view where the person is. */
export function StatusInView({ text, className }: { text: string; className: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    line.current?.scrollIntoView({ block: 'center' });
  }, [text]);
  return (
    <p ref={line} className={className} role="status">
      {text}
    </p>
  );
}
