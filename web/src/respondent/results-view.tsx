import { formatNumber, formatNumericDate, formatPercent } from '../lib/format.ts';
import { fill, isThemeCode, type PageTexts } from './i18n/index.ts';
import type { PublishedResults } from './public-api.ts';

type Results = PublishedResults['results'];
type School = NonNullable<PublishedResults['school']>;

// Numbers and dates in Dutch notation in every language (45%, 1.234, 6-12-2026): one notation for one page.
/**
 * "Jullie zeiden, wij deden": what a published (or draft) results page shows, in the reader's language
 * for the fixed texts; the organisation's own words (themes as labelled, quotes, actions) stay Dutch.
 */
export function ResultsView({
  results,
  school,
  t,
  locale,
  publishedAt,
}: {
  results: Results;
  school: School | null;
  t: PageTexts;
  locale: string;
  publishedAt: string | null;
}) {
  const r = t.results;
  const organisation = results.organisation.name;
  const base = `/resultaten/${encodeURIComponent(results.organisation.slug)}/${results.year}`;
  const tookPart = (audience: 'ouder' | 'jongere', n: number | null) =>
    n === null
      ? audience === 'ouder'
        ? r.parentsTooFew
        : r.youthTooFew
      : fill(audience === 'ouder' ? r.parentsTook : r.youthTook, { n: formatNumber(n) });
  const themeLabel = (code: string, label: string) => (isThemeCode(code) ? t.themes[code] : label);
  return (
    <article className="results">
      <h1>
        {r.title}
        <span className="results-subtitle">
          {school ? school.name : organisation} · {results.year}
        </span>
      </h1>
      <p>{school ? fill(r.schoolIntro, { school: school.name, organisation }) : fill(r.intro, { organisation })}</p>
      {publishedAt && <p className="hint">{fill(r.published, { date: formatNumericDate(publishedAt) })}</p>}
      {locale !== 'nl' && <p className="hint">{r.dutchNote}</p>}

      <section aria-labelledby="wie-deden-mee">
        <h2 id="wie-deden-mee">{r.whoTitle}</h2>
        <ul className="results-figures">
          {(school ? school.audiences : results.audiences).map((a) => (
            <li key={a.audience}>{tookPart(a.audience, a.respondents)}</li>
          ))}
        </ul>
        <p className="hint">{fill(r.groupRule, { n: formatNumber(results.minCellSize) })}</p>
      </section>

      {results.audiences.some((a) => a.indicators.length > 0) && (
        <section aria-labelledby="wat-men-vindt">
          <h2 id="wat-men-vindt">{r.agreeTitle}</h2>
          {results.audiences
            .filter((a) => a.indicators.length > 0)
            .map((a) => (
              <div key={a.audience}>
                <h3>{a.audience === 'ouder' ? r.parents : r.youth}</h3>
                <ul className="results-figures">
                  {[...a.indicators]
                    .sort((x, y) => y.topBox.p - x.topBox.p)
                    .slice(0, 5)
                    .map((i) => (
                      <li key={i.title}>
                        <strong>{fill(r.agreeShare, { share: formatPercent(i.topBox.p) })}</strong>
                        {': '}
                        <span lang="nl" dir="ltr">
                          {i.title}
                        </span>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
        </section>
      )}

      <section aria-labelledby="onderwerpen">
        <h2 id="onderwerpen">{r.themesTitle}</h2>
        {results.themes.map((theme) => (
          <section key={theme.code} className="card results-theme" aria-labelledby={`thema-${theme.code}`}>
            <h3 id={`thema-${theme.code}`}>{themeLabel(theme.code, theme.label)}</h3>
            {theme.shares.map(
              (s) =>
                s.share && (
                  <p key={s.audience}>
                    {fill(s.audience === 'ouder' ? r.themeShareParents : r.themeShareYouth, {
                      share: formatPercent(s.share.p),
                    })}
                  </p>
                ),
            )}
            {theme.quotes.map((q, k) => (
              <figure key={k} className="results-quote">
                <blockquote lang="nl" dir="ltr">
                  <p>{q.text}</p>
                </blockquote>
                <figcaption>
                  {r.quotesLabel} ({q.audience === 'ouder' ? r.parents : r.youth})
                </figcaption>
              </figure>
            ))}
            <h4>{r.actionsTitle}</h4>
            {theme.actions.length === 0 ? (
              <p>{r.noActions}</p>
            ) : (
              <ul className="results-actions">
                {theme.actions.map((a, k) => (
                  <li key={k}>
                    <p>
                      <strong lang="nl" dir="ltr">
                        {a.title}
                      </strong>
                    </p>
                    <p>
                      <span className={`results-status results-status-${a.status}`}>{r.status[a.status]}</span>
                      {' · '}
                      {fill(r.yearOf, { year: a.year })}
                      {' · '}
                      {fill(r.owner, { owner: '' })}
                      <span lang="nl" dir="ltr">
                        {a.ownerRole}
                      </span>
                    </p>
                    {a.evaluation && (
                      <p>
                        {fill(r.evaluation, { text: '' })}
                        <span lang="nl" dir="ltr">
                          {a.evaluation}
                        </span>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>

      {results.schools.length > 0 && (
        <nav aria-labelledby="per-school" className="results-schools">
          <h2 id="per-school">{r.schoolsTitle}</h2>
          <ul>
            {school && (
              <li>
                <a href={base}>{fill(r.allSchools, { organisation })}</a>
              </li>
            )}
            {results.schools
              .filter((s) => s.key !== school?.key)
              .map((s) => (
                <li key={s.key}>
                  <a href={`${base}/${s.key}`}>{s.name}</a>
                </li>
              ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
