import { useEffect, useMemo, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { roleLabels } from '../session.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { CodeText, describeSchema, SchemaView } from './schema-view.tsx';

type Document = ResultOf<Api['openapi.json']['$get']>;
type Operation = Document['paths'][string][string];
interface Route extends Operation {
  method: string;
  path: string;
}

function who(access: Operation['x-access']): string {
  if (access === 'public') return 'iedereen, zonder account';
  if (access === 'signed-in') return 'elke ingelogde medewerker';
  return access.map((role) => roleLabels[role as keyof typeof roleLabels] ?? role).join(', ');
}

/**
 * One route as a card that folds open: its method, path and summary always, who may call it and its
 * shapes when opened. Around a hundred routes with every schema would be a wall of text (and a slow
 * page); the details mount only when a reader opens a route, or when a search leaves a few.
 */
function RouteView({ route, open: forced }: { route: Route; open: boolean }) {
  const [opened, setOpened] = useState(false);
  const open = forced || opened;
  const body = route.requestBody?.content['application/json']?.schema;
  return (
    <article className="card api-route" id={`${route.method}-${route.path}`}>
      <details open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
        <summary>
          <h3>
            <code className={`method method-${route.method}`}>{route.method.toUpperCase()}</code>{' '}
            <code>{route.path}</code>
          </h3>
          <span className="api-summary">
            <CodeText text={route.summary} />
          </span>
        </summary>
        {open && (
          <>
            <p>
              <CodeText text={route.description} />
            </p>
            <p>
              <span className="muted">Wie:</span> {who(route['x-access'])}
            </p>
            {route.parameters.length > 0 && (
              <div className="table-scroll">
                <table>
                  <caption>Parameters</caption>
                  <thead>
                    <tr>
                      <th scope="col">Naam</th>
                      <th scope="col">Waar</th>
                      <th scope="col">Waarde</th>
                    </tr>
                  </thead>
                  <tbody>
                    {route.parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <th scope="row">
                          <code>{p.name}</code>{' '}
                          {p.required ? <em>verplicht</em> : <span className="muted">optioneel</span>}
                        </th>
                        <td>{p.in === 'path' ? 'pad' : 'query'}</td>
                        <td>{describeSchema(p.schema)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {body && (
              <>
                <h4>Body (JSON)</h4>
                <SchemaView schema={body} />
              </>
            )}
            <h4>Antwoorden</h4>
            <ul className="responses">
              {Object.entries(route.responses).map(([status, response]) => {
                const [type, content] = Object.entries(response.content ?? {})[0] ?? [];
                const schema = content?.schema;
                const isError = schema?.$ref === '#/components/schemas/Error';
                return (
                  <li key={status}>
                    <strong>{status === 'default' ? 'anders' : status}</strong> <CodeText text={response.description} />
                    {type && type !== 'application/json' && <span className="muted"> ({type})</span>}
                    {isError && <span className="muted"> — foutvorm hierboven</span>}
                    {schema && !isError && Object.keys(schema).length > 0 && <SchemaView schema={schema} />}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </details>
    </article>
  );
}

/** The api's OpenAPI description made readable: every route, who may call it, its parameters and shapes. */
export function ApiPage() {
  const [doc, setDoc] = useState<Document | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    api['openapi.json']
      .$get()
      .then((r) => readJson(r))
      .then(setDoc)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'De beschrijving laden lukte niet.'));
  }, []);
  const groups = useMemo(() => {
    const routes: Route[] = Object.entries(doc?.paths ?? {}).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ ...op, method, path })),
    );
    const needle = filter.trim().toLowerCase();
    const shown = needle
      ? routes.filter((r) => `${r.method} ${r.path} ${r.summary} ${r.description}`.toLowerCase().includes(needle))
      : routes;
    const byTag = new Map<string, Route[]>();
    for (const route of shown) byTag.set(route.tags[0]!, [...(byTag.get(route.tags[0]!) ?? []), route]);
    // The groups' Dutch names come with the document (x-displayName), so a new group cannot arrive nameless.
    const names = new Map((doc?.tags ?? []).map((t) => [t.name, t['x-displayName']]));
    return { byTag: [...byTag.entries()], names, count: shown.length, searched: needle !== '' };
  }, [doc, filter]);
  // A search that leaves a few routes opens them: the reader is looking for exactly those.
  const searchLeavesFew = groups.searched && groups.count <= 3;

  return (
    <StaffLayout title="API">
      <p>
        Alles wat de schermen van Klankbord doen, kan een eigen programma ook: een dashboard van een school of een
        analyse van een onderzoeksgroep. Hieronder staat elke route van de api. Dezelfde beschrijving, als OpenAPI 3.1
        voor programma’s, staat op <a href="/api/openapi.json">/api/openapi.json</a> (alleen voor ingelogde
        medewerkers).
      </p>
      <p>
        Medewerkersroutes gebruiken het sessiecookie van <code>POST /api/auth/login</code>; een schrijvend verzoek moet
        van dezelfde herkomst komen (Origin-header). Elke fout heeft één vorm:{' '}
        <code>{'{ "error": { "code", "message", "details"? } }'}</code>.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {doc === null && !error && <p>Bezig met laden…</p>}
      {doc && (
        <>
          <p>
            <label htmlFor="api-filter">Zoeken </label>
            <input id="api-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </p>
          <nav aria-label="Onderdelen van de api">
            <ul className="plain api-toc">
              {groups.byTag.map(([tag, routes]) => (
                <li key={tag}>
                  <a href={`#tag-${tag}`}>{groups.names.get(tag) ?? tag}</a> ({routes.length})
                </li>
              ))}
            </ul>
          </nav>
          {groups.count === 0 && <p>Geen route gevonden.</p>}
          {groups.byTag.map(([tag, routes]) => (
            <section key={tag} aria-labelledby={`tag-${tag}`}>
              <h2 id={`tag-${tag}`}>{groups.names.get(tag) ?? tag}</h2>
              {routes.map((route) => (
                <RouteView key={`${route.method} ${route.path}`} route={route} open={searchLeavesFew} />
              ))}
            </section>
          ))}
        </>
      )}
    </StaffLayout>
  );
}
