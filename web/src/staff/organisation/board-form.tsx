import { type FormEvent, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';

/** Adds a board (bestuur) under the SWV by hand, e.g. one that DUO's file does not name. */
export function BoardForm({ slug, onAdded }: { slug: string; onAdded: () => void }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    const duoNumber = String(form.get('duoNumber') ?? '').trim();
    const boardSlug = `${slug.slice(0, 40)}-${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')}`
      .slice(0, 63)
      .replace(/-+$/, '');
    if (!name) return setMessage({ kind: 'error', text: 'Vul de naam van het bestuur in.' });
    if (duoNumber && !/^[0-9]{1,10}$/.test(duoNumber))
      return setMessage({ kind: 'error', text: 'Het bevoegd-gezagnummer bestaat alleen uit cijfers.' });
    try {
      await readJson(
        await api.organisations[':slug'].boards.$post({
          param: { slug },
          json: { name, slug: boardSlug, ...(duoNumber && { duoNumber }) },
        }),
      );
      formElement.reset();
      setMessage({ kind: 'notice', text: `Bestuur “${name}” is toegevoegd.` });
      onAdded();
    } catch (e) {
      setMessage({
        kind: 'error',
        text:
          e instanceof ApiError && e.code === 'conflict'
            ? 'Dit bestuur (naam of bevoegd-gezagnummer) bestaat hier al.'
            : 'Toevoegen lukte niet. Probeer het opnieuw.',
      });
    }
  }
  return (
    <section aria-labelledby="board-title" className="card">
      <h2 id="board-title">Bestuur toevoegen</h2>
      <form onSubmit={add} className="form">
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
            {message.text}
          </p>
        )}
        <label htmlFor="board-name">Naam van het bestuur</label>
        <input id="board-name" name="name" required maxLength={200} />
        <label htmlFor="board-number">Bevoegd-gezagnummer (niet verplicht)</label>
        <input id="board-number" name="duoNumber" inputMode="numeric" />
        <button type="submit">Bestuur toevoegen</button>
      </form>
    </section>
  );
}
