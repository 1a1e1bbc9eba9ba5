import { formatCount, formatDecimal, formatPercent } from '@klankbord/analysis/report';
import { createElement as h, type ReactNode } from 'react';
import type { AudienceSection } from './audience-section.ts';
import { shareBarChart } from '@klankbord/analysis/charts';
import { section } from './report-document.ts';
import { channelLabels, formatDate, outcomeLabels, sectorLabels, shareCell, statusLabels } from './report-format.ts';
import type { ReportModel } from './report-model.ts';
import { markAndPriorityBlocks, responseBlocks } from './priority-section.ts';

function table(caption: string, head: string[], rows: ReactNode[][], className = '') {
  return h(
    'table',
    { className },
    h('caption', null, caption),
    h('thead', null, h('tr', null, ...head.map((c, i) => h('th', { key: i, scope: 'col' }, c)))),
    h(
      'tbody',
      null,
      ...rows.map((row, r) =>
        h(
          'tr',
          { key: r },
          ...row.map((c, i) => (i === 0 ? h('th', { key: i, scope: 'row' }, c) : h('td', { key: i }, c))),
        ),
      ),
    ),
  );
}

const p = (text: ReactNode) => h('p', null, text);
const count = (n: number | null) => (n === null ? 'te weinig reacties' : formatCount(n));
const rate = (r: number | null) => (r === null ? '–' : formatPercent(r));

function participation(a: AudienceSection) {
  const rows = a.participation.bySector.map((s) => [
    sectorLabels[s.sector],
    formatCount(s.respondents),
    formatCount(s.pupils),
    rate(s.responseRate),
  ]);
  return [
    h('h3', { key: 'h' }, a.label),
    p(
      `${a.respondents === null ? 'Te weinig' : formatCount(a.respondents)} ${a.plural} vulden de vragenlijst ${a.wave.name} in, tussen ${formatDate(a.wave.opensOn)} en ${formatDate(a.wave.closesOn)}.`,
    ),
    table(
      `${a.label}: reacties per sector tegen het aantal leerlingen`,
      ['Sector', 'Reacties', 'Leerlingen', 'Respons'],
      rows,
    ),
    a.participation.hiddenSchools > 0 &&
      p(
        `Van ${formatCount(a.participation.hiddenSchools)} scholen tonen we het aantal niet (te weinig reacties, of om een kleine school te beschermen). Ze tellen hier niet mee, zodat niemand hun aantal kan uitrekenen.`,
      ),
    a.participation.weighting?.status === 'ok'
      ? p(
          'Gewogen: we tellen de reacties zo mee dat elke sector en schoolgrootte weegt naar het aantal leerlingen. Ongewogen: elke reactie telt even zwaar.',
        )
      : p(`Wegen lukte niet: ${a.participation.weighting?.message ?? 'geen reacties'}`),
    table(
      `${a.label}: aandeel dat het (helemaal) eens is, ongewogen en gewogen`,
      ['Vraag', 'Ongewogen', 'Gewogen'],
      a.participation.indicators.map((i) => [i.title, shareCell(i.topBox), shareCell(i.weightedTopBox)]),
      'compact',
    ),
    ...responseBlocks(a, table),
  ];
}

function themes(a: AudienceSection) {
  if (a.themes.reason) return [h('h3', { key: 'h' }, a.label), p(a.themes.reason)];
  const previous = a.themes.previousYear;
  // With no theme comparable, the two columns would say "–" on every row: say it once instead.
  const compared = previous !== null && a.themes.items.some((t) => t.change?.comparison);
  return [
    h('h3', { key: 'h' }, a.label),
    p(
      `${a.plural[0]!.toUpperCase()}${a.plural.slice(1)} schreven ${count(a.themes.stories)} verhalen. Een verhaal kan over meer thema’s gaan. Het streepje bij een balk laat zien waar het echte aandeel waarschijnlijk ligt (95%-interval).`,
    ),
    h(
      'figure',
      { className: 'chart-figure' },
      shareBarChart({
        id: `themes-${a.audience}`,
        title: `Thema’s in de verhalen van ${a.plural}`,
        data: a.themes.items
          .filter((t) => t.share)
          .map((t) => ({ label: t.label, share: t.share, previous: t.change?.previousShare ?? null })),
        ...(previous !== null && { previousLabel: String(previous) }),
      }),
      h(
        'figcaption',
        null,
        `Thema’s in de verhalen van ${a.plural}${previous !== null ? `, dit jaar en ${previous}` : ''}.`,
      ),
    ),
    table(
      `${a.label}: thema’s in de verhalen${compared ? `, tegen ${previous}` : ''}`,
      ['Thema', 'Verhalen', 'Aandeel (95%-interval)', ...(compared ? [`${previous}`, 'Verandering'] : [])],
      a.themes.items.map((t) => [
        t.label,
        t.stories === null ? 'te weinig verhalen' : formatCount(t.stories),
        shareCell(t.share),
        ...(compared
          ? [
              t.change?.previousShare ? formatPercent(t.change.previousShare.p) : '–',
              t.change?.comparison ? changeText(t.change.comparison) : '–',
            ]
          : []),
      ]),
    ),
    ...(previous === null
      ? []
      : compared
        ? notComparedOnce(a.themes.items.filter((t) => !t.change?.comparison).length, 'thema’s')
        : [
            p(
              `Geen vergelijking met ${previous}: in een van beide jaren waren te weinig verhalen om thema’s te vergelijken.`,
            ),
          ]),
  ];
}

/** One line under a table instead of "niet te vergelijken" on every row. */
function notComparedOnce(count: number, what: string): ReactNode[] {
  if (count === 0) return [];
  return [
    p(
      `Bij ${formatCount(count)} ${what} staat “–” als verandering: in een van beide jaren waren er te weinig verhalen over dat thema om te vergelijken.`,
    ),
  ];
}

function actionNow(now: ReportModel['actions']['items'][number]['now']): string {
  if (!now) return 'geen verhalen over dit thema';
  const share = now.share ? `${formatPercent(now.share.p)} van de verhalen` : 'te weinig verhalen';
  if (!now.comparable) return `${share} (–)`;
  return `${share} (was ${now.previousShare ? formatPercent(now.previousShare.p) : '–'}): ${now.words}`;
}

function changeText(comparison: { difference: number; significant: boolean } | null) {
  if (comparison === null) return 'niet te vergelijken';
  if (!comparison.significant) return 'gelijk gebleven — het verschil is niet significant';
  return comparison.difference > 0 ? 'gestegen' : 'gedaald';
}

/** The ten sections of the report, in the order of issue 8. */
export function reportSections(model: ReportModel): ReactNode[] {
  const { audiences } = model;
  return [
    section(
      'samenvatting',
      h('ol', { className: 'key-messages' }, ...model.summary.map((m, i) => h('li', { key: i }, m.text))),
      p(
        'In dit rapport staan alleen cijfers van groepen met genoeg reacties. Een verschil noemen we alleen een verschil als het significant is: dan is het waarschijnlijk geen toeval.',
      ),
    ),
    section('wie-deden-mee', ...audiences.flatMap(participation)),
    section('prioriteiten', ...audiences.flatMap((a) => markAndPriorityBlocks(a, table))),
    section(
      'wat-speelt-er',
      ...audiences.flatMap(themes),
      h('h3', null, 'Vragen aan het steunpunt'),
      p(
        `Het steunpunt kreeg in ${model.year} ${formatCount(model.signals.total)} vragen. Zie hoofdstuk Signalen van het steunpunt.`,
      ),
    ),
    section(
      'rode-draad',
      p(
        'Welke thema’s komen vaak samen voor in één verhaal? Dat laat zien wat voor ouders en jongeren bij elkaar hoort.',
      ),
      ...audiences.flatMap((a) =>
        a.pairs.length
          ? [
              table(
                `${a.label}: thema’s die samen voorkomen`,
                ['Thema’s', 'Verhalen met allebei'],
                a.pairs.map((x) => [`${x.a} en ${x.b}`, formatCount(x.stories)]),
              ),
            ]
          : [p(`${a.label}: te weinig verhalen om thema’s samen te tonen.`)],
      ),
    ),
    section(
      'per-school',
      p(
        `Een school met minder dan ${model.minCellSize} reacties tonen we niet met cijfers: daar staat “te weinig reacties”.`,
      ),
      ...audiences.map((a) =>
        table(
          `${a.label}: reacties per school`,
          ['School', 'Sector', 'Reacties', 'Respons'],
          a.schools.map((s) =>
            s.note
              ? [s.name, s.sector ? sectorLabels[s.sector] : '–', h('span', { className: 'suppressed' }, s.note), '–']
              : [s.name, s.sector ? sectorLabels[s.sector] : '–', count(s.respondents), rate(s.responseRate)],
          ),
        ),
      ),
    ),
    section(
      'verschillen',
      p(
        'We noemen iets alleen een verschil als het significant is. Staat er “geen verschil”, dan kan het verschil in de cijfers toeval zijn.',
      ),
      ...audiences.flatMap((a) =>
        a.sectorDifferences.length
          ? [
              table(
                `${a.label}: primair en voortgezet onderwijs vergeleken (aandeel (helemaal) eens)`,
                ['Vraag', 'primair onderwijs', 'voortgezet onderwijs', 'Uitkomst'],
                a.sectorDifferences.map((d) => [d.title, formatPercent(d.po.p), formatPercent(d.vo.p), d.words]),
              ),
            ]
          : [],
      ),
      model.roleDifferences.length
        ? table(
            'Ouders en jongeren vergeleken (aandeel van de verhalen per thema)',
            ['Thema', 'Ouders', 'Jongeren', 'Uitkomst'],
            model.roleDifferences.map((d) => [d.label, formatPercent(d.ouder.p), formatPercent(d.jongere.p), d.words]),
          )
        : p('Ouders en jongeren: te weinig verhalen om te vergelijken.'),
    ),
    section(
      'verhalen',
      p(
        'Deze citaten komen van ouders en jongeren die toestemming gaven. Een onderzoeker heeft ze gelezen en goedgekeurd. Namen, telefoonnummers en andere persoonlijke gegevens zijn weggehaald.',
      ),
      ...(model.quotes.length
        ? model.quotes.map((q, i) =>
            h(
              'figure',
              { key: i, className: 'quote' },
              h('blockquote', q.locale === 'nl' ? null : { lang: q.locale }, p(q.text)),
              h(
                'figcaption',
                null,
                `${q.audience === 'ouder' ? 'Een ouder' : 'Een jongere'}${q.sector ? `, ${sectorLabels[q.sector]}` : ''} — over ${q.themeLabel.toLowerCase()}`,
              ),
            ),
          )
        : [p('Er zijn nog geen goedgekeurde citaten.')]),
    ),
    section(
      'signalen',
      p(
        `Het steunpunt noteert zonder namen waar vragen van ouders over gaan. In ${model.year}: ${formatCount(model.signals.total)} vragen. Een vraag kan over meer thema’s gaan.`,
      ),
      model.signals.themes.length > 0 &&
        h(
          'figure',
          { className: 'chart-figure' },
          shareBarChart({
            id: 'signals',
            title: 'Thema’s van de vragen aan het steunpunt',
            data: model.signals.themes.map((t) => ({ label: t.label, share: t.share })),
          }),
          h('figcaption', null, 'Thema’s van de vragen aan het steunpunt.'),
        ),
      table(
        'Vragen aan het steunpunt per thema',
        ['Thema', 'Vragen', 'Aandeel (95%-interval)'],
        model.signals.themes.map((t) => [t.label, formatCount(t.signals), shareCell(t.share)]),
      ),
      table(
        'Hoe ouders het steunpunt bereikten',
        ['Kanaal', 'Vragen'],
        model.signals.byChannel.map((c) => [channelLabels[c.channel] ?? c.channel, formatCount(c.signals)]),
        'compact',
      ),
      table(
        'Wat er met de vragen gebeurde',
        ['Uitkomst', 'Vragen'],
        model.signals.byOutcome.map((o) => [outcomeLabels[o.outcome] ?? o.outcome, formatCount(o.signals)]),
        'compact',
      ),
    ),
    section(
      'jullie-zeiden',
      p(`Wat ouders vorig jaar zeiden, wat het bestuur deed, en wat ouders nu zeggen over hetzelfde thema.`),
      model.actions.items.length
        ? table(
            'Acties en hoe het ermee staat',
            ['Actie', 'Jaar', 'Thema', 'Wie', 'Stand', 'Wat ouders nu zeggen'],
            model.actions.items.map((a) => [
              h(
                'span',
                null,
                a.title,
                a.evaluation ? h('span', { className: 'evaluation' }, ` Evaluatie: ${a.evaluation}`) : null,
              ),
              String(a.year),
              a.themeLabel,
              a.owner || '–',
              statusLabels[a.status] ?? a.status,
              actionNow(a.now),
            ]),
          )
        : p('Er zijn nog geen acties vastgelegd.'),
      ...notComparedOnce(model.actions.items.filter((a) => a.now && !a.now.comparable).length, 'acties'),
    ),
    section(
      'verantwoording',
      table(
        'Metingen',
        ['Meting', 'Periode', 'Reacties', 'Verhalen'],
        audiences.map((a) => [
          a.wave.name,
          `${formatDate(a.wave.opensOn)} – ${formatDate(a.wave.closesOn)}`,
          count(a.respondents),
          count(a.themes.stories),
        ]),
      ),
      h(
        'ul',
        null,
        h(
          'li',
          null,
          'Alleen volledig ingevulde vragenlijsten tellen mee. Reacties zijn anoniem: er is geen naam, IP-adres of tijdstip bewaard.',
        ),
        h(
          'li',
          null,
          'Wegen: de reacties zijn gewogen (raking) naar het aantal leerlingen per sector en schoolgrootte (klein < 200, middel < 500, groot), gewichten afgekapt op 5. Het interval bij gewogen cijfers gebruikt de effectieve steekproefgrootte (Kish).',
        ),
        h(
          'li',
          null,
          `Kleine groepen: cijfers over een groep (school, sector, het totaal) tonen we pas als minstens ${model.minCellSize} mensen in die groep antwoordden, en dan de hele verdeling. De antwoorden van een school met minder reacties tellen nergens mee, ook niet in de totalen, zodat niemand ze kan terugrekenen. Gaf iedereen in een getoonde groep hetzelfde antwoord, dan tonen we dat: het is een uitkomst van de hele groep.`,
        ),
        h(
          'li',
          null,
          'Intervallen: Wilson-interval van 95%. Verschillen: toets voor twee proporties (tegen vorig jaar, po tegen vo, ouders tegen jongeren) en chi-kwadraat; significant betekent p < 0,05.',
        ),
        h(
          'li',
          null,
          `Thema’s: de vastgestelde codering van onderzoekers als die er is, anders de thema’s die de schrijver zelf koos. Codeboek ${model.dataVersion.codebook ? `${model.dataVersion.codebook.slug} versie ${model.dataVersion.codebook.version}` : 'onbekend'}.`,
        ),
        h('li', null, `Overeenstemming tussen codeurs: ${agreementText(model.method.agreement.coders)}`),
        h('li', null, `Overeenstemming tussen machine en codeurs: ${agreementText(model.method.agreement.machine)}`),
        h(
          'li',
          null,
          'Citaten: alleen met toestemming, goedgekeurd door een onderzoeker, persoonlijke gegevens weggehaald, en alleen uit een groep van genoeg mensen.',
        ),
      ),
    ),
  ];
}

function agreementText(figure: { kappa: number | null; note: string }) {
  return figure.kappa === null ? figure.note : `kappa ${formatDecimal(figure.kappa, 2)}. ${figure.note}`;
}
