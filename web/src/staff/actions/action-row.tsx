import { type FormEvent, useState } from 'react';
import type { Api, ResultOf } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';

export const statusLabels = { gepland: 'Gepland', bezig: 'Bezig', klaar: 'Klaar', gestopt: 'Gestopt' } as const;
export type ActionStatus = keyof typeof statusLabels;

export type Action = ResultOf<Api['actions']['$get']>['actions'][number];

/** One action; editors change its status and evaluation in place. */
export function ActionRow({
  action,
  themeLabel,
  canEdit,
  onSave,
}: {
  action: Action;
  themeLabel: string;
  canEdit: boolean;
  onSave: (id: number, changes: { status: ActionStatus; evaluation: string }) => Promise<void>;
}) {
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [evaluation, setEvaluation] = useState(action.evaluation);
  const id = `action-${action.id}`;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await onSave(action.id, { status, evaluation });
  }
  return (
    <tr>
      <td>{themeLabel}</td>
      <th scope="row">{action.title}</th>
      <td>{action.owner || '—'}</td>
      <td>{action.dueOn ? formatDate(action.dueOn) : '—'}</td>
      {canEdit ? (
        <td colSpan={2}>
          <form className="inline-form" onSubmit={submit} aria-label={`Actie ${action.title} bijwerken`}>
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              {Object.entries(statusLabels).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-evaluation`}>Evaluatie</label>
            <input
              id={`${id}-evaluation`}
              value={evaluation}
              maxLength={5000}
              onChange={(e) => setEvaluation(e.target.value)}
            />
            <button type="submit">Opslaan</button>
          </form>
        </td>
      ) : (
        <>
          <td>{statusLabels[action.status]}</td>
          <td>{action.evaluation || '—'}</td>
        </>
      )}
    </tr>
  );
}
