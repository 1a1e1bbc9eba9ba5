import { useCallback, useEffect, useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import type { InferRequestType } from 'hono/client';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { OrganisationPicker, useOrganisationChoice } from './organisation-picker.tsx';
import { ReportMarkChooser } from './report-mark-chooser.tsx';
import { SurveyEditor } from './survey-editor.tsx';

type SurveySummary = ResultOf<Api['surveys']['$get']>['surveys'][number];
type SurveyDetail = ResultOf<Api['surveys'][':id']['$get']>;
type SurveyVersion = SurveyDetail['versions'][number];
type Audience = InferRequestType<Api['surveys']['$post']>['json']['audience'];

type Editing = { kind: 'new' } | { kind: 'version'; survey: SurveyDetail; draft?: SurveyVersion } | null;

const emptyDefinition = JSON.stringify(
  {
    title: { default: 'Nieuwe vragenlijst', en: 'New questionnaire' },
    pages: [
      {
        name: 'p1',
        elements: [
          {
            type: 'rating',
            name: 'tevreden',
            title: { default: 'Ik ben tevreden over de school.', en: 'I am satisfied with the school.' },
            rateValues: [1, 2, 3, 4, 5],
          },
        ],
      },
    ],
  },
  null,
  2,
);

/** Researchers design questionnaires: paste or upload SurveyJS JSON, see it live, save versions, publish. */
export function SurveysPage() {
  const { organisations, organisation, setOrganisation } = useOrganisationChoice();
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [selected, setSelected] = useState<SurveyDetail | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  const load = useCallback(async () => {
    if (!organisation) return;
    setSurveys((await readJson(api.surveys.$get({ query: { organisation } }))).surveys);
  }, [organisation]);
  useEffect(() => {
    load().catch((e: unknown) =>
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Laden lukte niet.' }),
    );
  }, [load]);

  async function open(id: number) {
    setSelected(await readJson(api.surveys[':id'].$get({ param: { id: String(id) } })));
    setEditing(null);
  }

  async function act(run: () => Promise<unknown>, success: string) {
    try {
      await run();
      setMessage({ kind: 'notice', text: success });
      await load();
    } catch (e) {
      const details =
        e instanceof ApiError && e.details && typeof e.details === 'object' && 'problems' in e.details
          ? ' Zie de problemen hieronder.'
          : '';
      setMessage({ kind: 'error', text: `${e instanceof ApiError ? e.message : 'Dat lukte niet.'}${details}` });
    }
  }

  async function createSurvey(form: FormData, definition: Record<string, unknown>) {
    await act(async () => {
      const created = await readJson(
        api.surveys.$post({
          json: {
            organisation,
            slug: String(form.get('slug')),
            title: String(form.get('title')),
            audience: String(form.get('audience')) as Audience,
            definition,
          },
        }),
      );
      setEditing(null);
      setSelected(created);
    }, 'Vragenlijst opgeslagen als concept (versie 1).');
  }

  const latest = selected?.versions[0];
  return (
    <StaffLayout title="Vragenlijsten">
      {organisations && (
        <OrganisationPicker organisations={organisations} value={organisation} onChange={setOrganisation} />
      )}
      <div aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
      {surveys === null ? (
        // Never an endless "loading": after an error the message above says it; without organisations, this.
        message?.kind === 'error' ? null : organisations?.length === 0 ? (
          <p>Je hoort bij geen organisatie, dus er zijn geen vragenlijsten. Vraag de beheerder om een rol.</p>
        ) : (
          <p>Bezig met laden…</p>
        )
      ) : surveys.length === 0 ? (
        <p>Deze organisatie heeft nog geen vragenlijsten.</p>
      ) : (
        <table>
          <caption>Vragenlijsten</caption>
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Voor</th>
              <th scope="col">Versies</th>
              <th scope="col">Gepubliceerd</th>
              <th scope="col">
                <span className="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((s) => (
              <tr key={s.id}>
                <td>{s.title}</td>
                <td>{s.audience === 'ouder' ? 'ouders' : 'jongeren'}</td>
                <td>{s.latestVersion}</td>
                <td>{s.publishedVersions}</td>
                <td>
                  <button type="button" onClick={() => void open(s.id)} aria-label={`${s.title} openen`}>
                    Openen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={() => setEditing({ kind: 'new' })}>
          Nieuwe vragenlijst
        </button>
      </p>

      {selected && latest && !editing && (
        <section aria-labelledby="selected-title" className="card">
          <h2 id="selected-title">{selected.title}</h2>
          <ul className="plain">
            {selected.versions.map((v) => (
              <li key={v.id}>
                Versie {v.version}:{' '}
                {v.status === 'published'
                  ? `gepubliceerd (${v.publishedAt ? formatDate(v.publishedAt) : '–'})`
                  : 'concept'}{' '}
                — talen {v.locales.join(', ')}
              </li>
            ))}
          </ul>
          <h3>Rapportcijfer</h3>
          {selected.versions.map((v) => (
            <ReportMarkChooser key={v.id} version={v} />
          ))}
          {latest.status === 'draft' ? (
            <>
              <button type="button" onClick={() => setEditing({ kind: 'version', survey: selected, draft: latest })}>
                Concept bewerken
              </button>{' '}
              <button
                type="button"
                onClick={() =>
                  void act(async () => {
                    await readJson(api['survey-versions'][':id'].publish.$post({ param: { id: String(latest.id) } }));
                    await open(selected.id);
                  }, `Versie ${latest.version} is gepubliceerd en kan niet meer veranderen.`)
                }
              >
                Versie {latest.version} publiceren
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setEditing({ kind: 'version', survey: selected })}>
              Nieuwe versie maken
            </button>
          )}
        </section>
      )}

      {editing?.kind === 'new' && <NewSurveyForm onSave={createSurvey} />}
      {editing?.kind === 'version' && (
        <section aria-labelledby="version-title">
          <h2 id="version-title">
            {editing.draft ? `Concept versie ${editing.draft.version} bewerken` : 'Nieuwe versie'}
          </h2>
          <SurveyEditor
            initialText={JSON.stringify((editing.draft ?? editing.survey.versions[0])?.definition ?? {}, null, 2)}
            saveLabel={editing.draft ? 'Concept opslaan' : 'Nieuwe versie opslaan'}
            onSave={(definition) =>
              act(async () => {
                if (editing.draft)
                  await readJson(
                    api['survey-versions'][':id'].$put({
                      param: { id: String(editing.draft.id) },
                      json: { definition },
                    }),
                  );
                else
                  await readJson(
                    api.surveys[':id'].versions.$post({
                      param: { id: String(editing.survey.id) },
                      json: { definition },
                    }),
                  );
                await open(editing.survey.id);
              }, 'Opgeslagen als concept.')
            }
          />
        </section>
      )}
    </StaffLayout>
  );
}

function NewSurveyForm({ onSave }: { onSave: (form: FormData, definition: Record<string, unknown>) => Promise<void> }) {
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  return (
    <section aria-labelledby="new-title">
      <h2 id="new-title">Nieuwe vragenlijst</h2>
      <form ref={setForm} className="card form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="new-survey-title">Titel</label>
        <input id="new-survey-title" name="title" required maxLength={200} />
        <label htmlFor="new-survey-slug">Korte naam in links (kleine letters, cijfers, streepjes)</label>
        <input id="new-survey-slug" name="slug" required pattern="[a-z0-9][a-z0-9-]{1,62}" />
        <label htmlFor="new-survey-audience">Voor</label>
        <select id="new-survey-audience" name="audience" defaultValue="ouder">
          <option value="ouder">ouders en verzorgers</option>
          <option value="jongere">jongeren</option>
        </select>
      </form>
      <SurveyEditor
        initialText={emptyDefinition}
        saveLabel="Vragenlijst opslaan"
        onSave={async (definition) => {
          if (form && form.reportValidity()) await onSave(new FormData(form), definition);
        }}
      />
    </section>
  );
}
