import { csvRow } from '../csv/write-csv.ts';
import { type DisclosureReport, disclosureReportJson } from './disclosure-report.ts';
import type { ExportSink } from './export-sink.ts';
import type { AnswerColumn, ValueLabels } from './export-variables.ts';
import { codingColumns } from './write-codings.ts';
import { storyColumns } from './write-stories.ts';

// datapackage.json, codebook.csv, load.R and load.sps describe responses.csv: one variable list, four forms.

export interface Variable {
  name: string;
  label: string;
  questionText: string;
  type: 'integer' | 'number' | 'string' | 'boolean';
  valueLabels: ValueLabels;
  quasiIdentifier: boolean;
  /** The generalisation applied, for quasi-identifiers. */
  generalisation?: string;
}

export function responseVariables(
  quasiIdentifiers: { name: string; description: string; valueLabels: ValueLabels }[],
  answers: readonly AnswerColumn[],
  report: DisclosureReport,
): Variable[] {
  const levelOf = new Map(report.generalisation.map((g) => [g.quasiIdentifier, g.levelName]));
  return [
    {
      name: 'respondent_id',
      label: 'Pseudoniem van de ingevulde vragenlijst (alleen geldig binnen deze export)',
      questionText: '',
      type: 'string',
      valueLabels: [],
      quasiIdentifier: false,
    },
    ...quasiIdentifiers.map((qi): Variable => ({
      name: qi.name,
      label: qi.description,
      questionText: qi.description,
      type: 'string',
      valueLabels: qi.valueLabels,
      quasiIdentifier: true,
      generalisation: levelOf.get(qi.name) ?? 'niets vrijgegeven',
    })),
    ...answers.map((a): Variable => ({
      name: a.column,
      label:
        a.option === undefined ? a.question.title : `${a.question.title}: ${labelOf(a.question.valueLabels, a.option)}`,
      questionText: a.question.title,
      type: a.type,
      valueLabels:
        a.option === undefined
          ? a.question.valueLabels
          : [
              [0, 'Niet gekozen'],
              [1, 'Gekozen'],
            ],
      quasiIdentifier: false,
    })),
  ];
}

const labelOf = (labels: ValueLabels, value: string | number | boolean) =>
  labels.find(([v]) => v === value)?.[1] ?? String(value);

function tableSchema(variables: Variable[]) {
  return {
    fields: variables.map((v) => ({
      name: v.name,
      type: v.type,
      description: v.generalisation
        ? `${v.label} — quasi-identificerend; generalisatie: ${v.generalisation}; * = onderdrukt`
        : v.label,
      ...(v.valueLabels.length && !v.quasiIdentifier && v.type !== 'string'
        ? { constraints: { enum: v.valueLabels.map(([value]) => value) } }
        : {}),
    })),
    // Empty = not answered; '*' = suppressed for disclosure control (quasi-identifiers only).
    missingValues: ['', '*'],
  };
}

const plainFields = (names: string[]) => ({
  fields: names.map((name) => ({
    name,
    type: name === 'score' ? 'number' : name === 'consensus' ? 'integer' : 'string',
  })),
  missingValues: [''],
});

export function dataPackage(variables: Variable[], report: DisclosureReport, withStories: boolean) {
  const resource = (name: string, schema: object, description: string) => ({
    name,
    path: `${name}.csv`,
    format: 'csv',
    encoding: 'utf-8',
    profile: 'tabular-data-resource',
    description,
    schema,
  });
  return {
    profile: 'tabular-data-package',
    name: 'klankbord-export',
    title: 'Klankbord: geanonimiseerde onderzoeksexport',
    created: new Date().toISOString(),
    description: `k-anoniem (k = ${report.k}) op ${report.quasiIdentifiers.join(', ')}. Open antwoorden staan niet in responses.csv. Zie disclosure-report.json.`,
    resources: [
      resource(
        'responses',
        tableSchema(variables),
        'Eén rij per ingevulde vragenlijst; generalisatie en onderdrukking volgens disclosure-report.json.',
      ),
      ...(withStories
        ? [
            resource(
              'stories',
              plainFields(storyColumns),
              'Verhalen met toestemming voor onderzoek; tekst geredigeerd.',
            ),
            resource(
              'codings',
              plainFields(codingColumns),
              'Themacodes per verhaal: coder-<pseudoniem>, classifier-<versie> of consensus (de vastgestelde code).',
            ),
          ]
        : []),
    ],
    disclosure: report,
  };
}

export function codebookCsv(variables: Variable[]): string {
  return (
    csvRow(['variable', 'label', 'value_labels', 'question_text']) +
    variables
      .map((v) =>
        csvRow([
          v.name,
          v.label,
          v.valueLabels.map(([value, label]) => `${String(value)}=${label}`).join('; '),
          v.questionText,
        ]),
      )
      .join('')
  );
}

const rString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
const rValue = (value: string | number | boolean) =>
  typeof value === 'string' ? rString(value) : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);

export function loadR(variables: Variable[]): string {
  const lines = [
    '# Leest de Klankbord-export met labels (attributen "label" en "labels", zoals haven en labelled ze gebruiken).',
    '# Gebruik: zet de werkmap op de map van de export en voer source("load.R") uit.',
    'responses <- read.csv("responses.csv", na.strings = c("", "*"), stringsAsFactors = FALSE, encoding = "UTF-8", colClasses = c(respondent_id = "character"))',
  ];
  for (const v of variables) {
    lines.push(`attr(responses[[${rString(v.name)}]], "label") <- ${rString(v.label)}`);
    if (v.valueLabels.length && !v.quasiIdentifier)
      lines.push(
        `attr(responses[[${rString(v.name)}]], "labels") <- c(${v.valueLabels.map(([value, label]) => `${rString(label)} = ${rValue(value)}`).join(', ')})`,
      );
  }
  lines.push(
    'if (file.exists("stories.csv")) stories <- read.csv("stories.csv", na.strings = "", stringsAsFactors = FALSE, encoding = "UTF-8")',
  );
  lines.push(
    'if (file.exists("codings.csv")) codings <- read.csv("codings.csv", na.strings = "", stringsAsFactors = FALSE, encoding = "UTF-8")',
  );
  return `${lines.join('\n')}\n`;
}

const spssString = (text: string) => `'${text.replace(/'/g, "''").replace(/\n/g, ' ').slice(0, 250)}'`;
const spssFormat = (v: Variable) =>
  v.type === 'integer' ? 'F8.0' : v.type === 'number' ? 'F12.4' : v.type === 'boolean' ? 'A5' : 'A255';
const spssValue = (v: Variable, value: string | number | boolean) =>
  spssFormat(v).startsWith('F') ? String(value) : spssString(String(value));

// GET DATA ends a case at every line break, even inside quotes: fine for the one-line rows of responses.csv
// and codings.csv; stories.csv keeps the tellers' paragraphs, so SPSS users read it through another tool.
const spssGetData = (file: string, formats: [name: string, format: string][]) => [
  `GET DATA /TYPE=TXT /FILE='${file}' /ENCODING='UTF8' /DELCASE=LINE /DELIMITERS="," /QUALIFIER='"'`,
  '  /ARRANGEMENT=DELIMITED /FIRSTCASE=2 /VARIABLES=',
  ...formats.map(([name, format]) => `  ${name} ${format}`),
  '.',
];

const codingsSps = [
  '* codings.csv: de themacodes per verhaal, als dataset codings (DATASET ACTIVATE codings).',
  ...spssGetData('codings.csv', [
    ['story_id', 'A16'],
    ['theme', 'A8'],
    ['coder', 'A255'],
    ['score', 'F8.4'],
    ['consensus', 'F1.0'],
  ]),
  "VARIABLE LABELS story_id 'Pseudoniem van het verhaal (als in stories.csv)' /theme 'Themacode (codebook)'",
  "  /coder 'Wie codeerde: coder-<pseudoniem>, classifier-<versie> of consensus' /score 'Zekerheid van de classifier (0-1)'",
  "  /consensus 'Vastgestelde code van het verhaal'.",
  "VALUE LABELS consensus 0 'Code van één codeur of suggestie' 1 'Vastgestelde code'.",
  // A copy under a name survives the next GET DATA in SPSS and in PSPP alike.
  'DATASET COPY codings.',
];

export function loadSps(variables: Variable[], withStories: boolean): string {
  const labelled = variables.filter((v) => v.valueLabels.length > 0);
  // '*' (suppressed) must not count as a category of its own in a frequency table or a crosstab.
  const suppressible = variables.filter((v) => v.quasiIdentifier).map((v) => v.name);
  return [
    '* Leest de Klankbord-export met variabele- en waardelabels: responses.csv als actieve dataset responses.',
    '* Open dit bestand in SPSS vanuit de map van de export; * in een kenmerk betekent onderdrukt.',
    ...(withStories
      ? ["* stories.csv leest u met R (load.R) of een ander programma: de verhalen houden hun alinea's.", ...codingsSps]
      : []),
    ...spssGetData(
      'responses.csv',
      variables.map((v) => [v.name, spssFormat(v)]),
    ),
    'VARIABLE LABELS',
    variables.map((v) => `  ${v.name} ${spssString(v.label)}`).join('\n  /'),
    '.',
    ...(labelled.length
      ? [
          'VALUE LABELS',
          labelled
            .map(
              (v) =>
                `  ${v.name} ${v.valueLabels.map(([value, label]) => `${spssValue(v, value)} ${spssString(label)}`).join(' ')}`,
            )
            .join('\n  /'),
          '.',
        ]
      : []),
    ...(suppressible.length ? [`MISSING VALUES ${suppressible.join(' ')} ('*').`] : []),
    'DATASET NAME responses.',
    'EXECUTE.',
    '',
  ].join('\n');
}

/** datapackage.json, codebook.csv, load.R, load.sps and disclosure-report.json, in that order. */
export async function writeMetadataFiles(
  sink: ExportSink,
  variables: Variable[],
  report: DisclosureReport,
  withStories: boolean,
): Promise<string[]> {
  const files: [string, string][] = [
    ['datapackage.json', `${JSON.stringify(dataPackage(variables, report, withStories), null, 2)}\n`],
    ['codebook.csv', codebookCsv(variables)],
    ['load.R', loadR(variables)],
    ['load.sps', loadSps(variables, withStories)],
    ['disclosure-report.json', disclosureReportJson(report)],
  ];
  for (const [name, text] of files) {
    const file = sink.open(name);
    await file.write(text);
    await file.close();
  }
  return files.map(([name]) => name);
}
