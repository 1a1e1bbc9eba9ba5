import { type FormEvent, useState } from 'react';
import { AlertMessage } from './alert-message.tsx';
import { errorText } from './error-text.ts';
import { RespondentLayout } from './layout.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { ApiError, publicApi } from './public-api.ts';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; message: string };

function DeleteForm() {
  const { t } = useLocale();
  const [code, setCode] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setState({ kind: 'error', message: t.remove.empty });
    setState({ kind: 'busy' });
    try {
      await publicApi.deleteReceipt(code);
      setState({ kind: 'done' });
      setCode('');
    } catch (error) {
      const unknown = error instanceof ApiError && (error.status === 404 || error.status === 400);
      setState({ kind: 'error', message: unknown ? t.remove.unknown : errorText(error, t) });
    }
  };

  return (
    <RespondentLayout title={t.remove.title}>
      <h1>{t.remove.title}</h1>
      <p>{t.remove.intro}</p>
      {state.kind === 'done' && (
        <p className="notice" role="status">
          {t.remove.done}
        </p>
      )}
      {state.kind === 'error' && <AlertMessage text={state.message} />}
      <form className="form respondent-form" onSubmit={submit} noValidate>
        <label htmlFor="bewijscode">{t.remove.codeLabel}</label>
        <p id="bewijscode-hint" className="hint">
          {t.remove.codeHint}
        </p>
        <input
          id="bewijscode"
          name="bewijscode"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          aria-describedby="bewijscode-hint"
          aria-invalid={state.kind === 'error'}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" disabled={state.kind === 'busy'}>
          {t.remove.submit}
        </button>
      </form>
    </RespondentLayout>
  );
}

export default function DeletePage() {
  return (
    <LocaleProvider>
      <DeleteForm />
    </LocaleProvider>
  );
}
