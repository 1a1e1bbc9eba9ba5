import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';

export interface ConfirmRequest {
  /** The question, e.g. "Rol Onderzoeker van a@b.nl verwijderen?" */
  title: string;
  /** What happens, in a sentence. */
  body?: string;
  /** The verb on the button that goes ahead, e.g. "Verwijderen". */
  confirmLabel: string;
}

/**
 * One confirmation for every destructive action: a modal <dialog> (the browser keeps focus inside and
 * Escape cancels), "Annuleren" focused first, and focus back on the button that asked when it closes.
 * @example
 * const [confirm, confirmDialog] = useConfirm();
 * if (await confirm({ title: 'Account uitschakelen?', confirmLabel: 'Uitschakelen' })) …
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((answer: boolean) => void) | null>(null);
  const confirm = useCallback(
    (next: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setRequest(next);
      }),
    [],
  );
  const answer = useCallback((value: boolean) => {
    resolver.current?.(value);
    resolver.current = null;
    setRequest(null);
  }, []);
  return [confirm, request && <ConfirmDialog request={request} onAnswer={answer} />];
}

function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer: (value: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    cancel.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={request.body ? `${id}-body` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={`${id}-title`}>{request.title}</h2>
      {request.body && <p id={`${id}-body`}>{request.body}</p>}
      <div className="dialog-buttons">
        <button type="button" ref={cancel} className="secondary" onClick={() => onAnswer(false)}>
          Annuleren
        </button>
        <button type="button" className="danger" onClick={() => onAnswer(true)}>
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
