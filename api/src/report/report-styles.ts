// Screen and A4 print styles of the report. Inline in the document so the PDF and the saved HTML need
// nothing else; the page numbers come from CSS page margin boxes (Chromium 131+).
export const reportStyles = `
.report { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; color: #1a1a1a; line-height: 1.5; max-width: 46rem; margin: 0 auto; font-size: 1rem; }
.report h1 { font-size: 2rem; margin: 0.25rem 0 0.5rem; }
.report h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid #0072B2; padding-bottom: 0.2rem; }
.report h3 { font-size: 1.15rem; margin-top: 1.5rem; }
.report-kicker { font-weight: 600; color: #00466e; margin: 0; }
.report-generated, .report-version { color: #333; font-size: 0.9rem; }
.report-toc ol { padding-left: 1.5rem; }
.report-toc a, .report a { color: #00466e; }
.report table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
.report caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
.report th, .report td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #999; }
.report thead th { border-bottom: 2px solid #1a1a1a; }
.report tbody th { font-weight: 400; }
.report .suppressed { font-style: italic; }
.report .evaluation { display: block; color: #333; font-size: 0.85rem; }
.report .key-messages li { font-size: 1.1rem; margin-bottom: 0.5rem; }
.report .chart-figure { margin: 1rem 0; }
.report .chart { max-width: 100%; height: auto; }
.report figcaption { font-size: 0.85rem; color: #333; }
.report .quote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid #0072B2; background: #f4f8fb; }
.report .quote blockquote { margin: 0; }
.report-footer { margin-top: 3rem; font-size: 0.8rem; color: #333; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-size: 9pt; color: #333; } }
@media print {
  .report { max-width: none; font-size: 10.5pt; }
  /* Sections follow each other on the page (a page per section left pages nearly empty); only the cover
     stands alone, and a heading never ends a page without what it introduces. */
  .report-cover { break-after: page; }
  .report-section { break-before: auto; }
  .report h2, .report h3, .report caption { break-after: avoid; break-inside: avoid; }
  .report h2 { margin-top: 1.75rem; }
  .report tr, .report figure, .report .key-messages li, .report p { break-inside: avoid; }
  .report p { orphans: 3; widows: 3; }
  .report a { color: inherit; text-decoration: none; }
}
`;
