import { formatCount } from '@klankbord/analysis/report';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from './report-model.ts';
import { formatDate } from './report-format.ts';
import { reportSections } from './report-sections.ts';
import { reportStyles } from './report-styles.ts';

export const sectionTitles = [
  ['samenvatting', 'Samenvatting'],
  ['wie-deden-mee', 'Wie deden mee'],
  ['prioriteiten', 'Rapportcijfer en prioriteiten'],
  ['wat-speelt-er', 'Wat speelt er'],
  ['rode-draad', 'De rode draad'],
  ['per-school', 'Per school'],
  ['verschillen', 'Verschillen tussen groepen'],
  ['verhalen', 'Wat ouders en jongeren vertellen'],
  ['signalen', 'Signalen van het steunpunt'],
  ['jullie-zeiden', 'Jullie zeiden, wij deden'],
  ['verantwoording', 'Verantwoording'],
] as const;

export type SectionId = (typeof sectionTitles)[number][0];

export function section(id: SectionId, ...children: ReactNode[]) {
  const title = sectionTitles.find(([key]) => key === id)![1];
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-kop`, className: 'report-section' },
    h('h2', { id: `${id}-kop` }, title),
    ...children,
  );
}

/** Amsterdam time as 'd maand jjjj om uu:mm': the one line of the report that changes between renderings. */
export function generatedLine(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `Gemaakt op ${formatDate(`${get('year')}-${get('month')}-${get('day')}`)} om ${get('hour')}:${get('minute')}.`;
}

/** The report body (header, table of contents, sections): shared by the standalone document and the web page. */
export function reportBody(model: ReportModel, generatedAt: Date) {
  const title = `Jaarrapport ouderstem ${model.year}`;
  const waves = model.dataVersion.waves.map((w) => `${w.name} (${formatDate(w.opensOn)} – ${formatDate(w.closesOn)})`);
  return h(
    'article',
    { className: 'report', lang: 'nl' },
    h(
      'header',
      { className: 'report-cover' },
      h('p', { className: 'report-kicker' }, model.organisation.name),
      h('h1', null, title),
      h('p', { className: 'report-generated' }, generatedLine(generatedAt)),
      h(
        'p',
        { className: 'report-version' },
        `Gegevensversie: ${waves.join('; ')}; laatste reactie of verhaal van ${model.dataVersion.lastSubmission ? formatDate(model.dataVersion.lastSubmission) : 'onbekend'}; codeboek ${model.dataVersion.codebook ? `${model.dataVersion.codebook.slug} versie ${model.dataVersion.codebook.version}` : 'onbekend'}.`,
      ),
      h(
        'nav',
        { 'aria-labelledby': 'inhoud-kop', className: 'report-toc' },
        h('h2', { id: 'inhoud-kop' }, 'Inhoud'),
        h('ol', null, ...sectionTitles.map(([id, label]) => h('li', { key: id }, h('a', { href: `#${id}` }, label)))),
      ),
    ),
    ...reportSections(model),
    h(
      'footer',
      { className: 'report-footer' },
      `${model.organisation.name} · ${title} · ${formatCount(model.minCellSize)} is de kleinste groep die we laten zien.`,
    ),
  );
}

/**
 * The report for the web page: its stylesheet and the markup of its body, the same markup the document
 * and the PDF hold. React escapes every text from the data, so the page inserts it as is.
 */
export function renderReportFragment(model: ReportModel, generatedAt: Date): { style: string; body: string } {
  return { style: reportStyles, body: renderToStaticMarkup(reportBody(model, generatedAt)) };
}

/** The full standalone HTML document (print stylesheet included): what the API serves and the PDF is made from. */
export function renderReportDocument(model: ReportModel, generatedAt: Date): string {
  const title = `Jaarrapport ouderstem ${model.year} – ${model.organisation.name}`;
  const markup = renderToStaticMarkup(
    h(
      'html',
      { lang: 'nl' },
      h(
        'head',
        null,
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', null, title),
        h('style', { dangerouslySetInnerHTML: { __html: reportStyles } }),
      ),
      h('body', null, h('main', null, reportBody(model, generatedAt))),
    ),
  );
  return `<!doctype html>\n${markup}\n`;
}
