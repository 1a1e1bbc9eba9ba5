import type { Sector } from '../db/database.ts';

// The fictional samenwerkingsverband of the demo: three boards, fourteen schools across po, vo, so
// and sbo. BRIN codes start with 9 (fictional); De Vlonder is small so suppression shows.
export const demoSwv = {
  slug: 'demo',
  name: 'Samenwerkingsverband Passend Onderwijs Duinstreek (demo)',
  region: 'Noord-Holland Noord',
};

export interface DemoSchool {
  name: string;
  brin: string;
  sector: Sector;
  municipality: string;
  pupils: number;
}

export const demoBoards: { slug: string; name: string; schools: DemoSchool[] }[] = [
  {
    slug: 'demo-kust-en-polder',
    name: 'Stichting Kust en Polder',
    schools: [
      { name: 'De Zeester', brin: '91AA', sector: 'po', municipality: 'Alkmaar', pupils: 412 },
      { name: 'Het Duinpad', brin: '91AB', sector: 'po', municipality: 'Bergen', pupils: 268 },
      { name: 'De Windwijzer', brin: '91AC', sector: 'po', municipality: 'Heiloo', pupils: 335 },
      { name: 'Kindcentrum De Polderkaai', brin: '91AD', sector: 'po', municipality: 'Schagen', pupils: 221 },
      { name: 'SBO De Vlonder', brin: '91AE', sector: 'sbo', municipality: 'Alkmaar', pupils: 64 },
    ],
  },
  {
    slug: 'demo-duinrand',
    name: 'Stichting Duinrand Onderwijs',
    schools: [
      { name: 'De Regenboog', brin: '92BA', sector: 'po', municipality: 'Castricum', pupils: 298 },
      { name: 'Montessorischool Het Helmgras', brin: '92BB', sector: 'po', municipality: 'Egmond', pupils: 187 },
      { name: 'SBO De Branding', brin: '92BC', sector: 'sbo', municipality: 'Heerhugowaard', pupils: 142 },
      { name: 'Mytylschool De Vuurtoren', brin: '92BD', sector: 'so', municipality: 'Alkmaar', pupils: 118 },
      { name: 'SO De Golfslag', brin: '92BE', sector: 'so', municipality: 'Den Helder', pupils: 96 },
    ],
  },
  {
    slug: 'demo-vo-duinstreek',
    name: 'Vereniging Voortgezet Onderwijs Duinstreek',
    schools: [
      { name: 'Duinstreek College', brin: '93CA', sector: 'vo', municipality: 'Alkmaar', pupils: 1460 },
      { name: 'Scholengemeenschap Het Wad', brin: '93CB', sector: 'vo', municipality: 'Den Helder', pupils: 980 },
      { name: 'Praktijkschool De Werkplaats', brin: '93CC', sector: 'vo', municipality: 'Heerhugowaard', pupils: 310 },
      { name: 'Lyceum aan Zee', brin: '93CD', sector: 'vo', municipality: 'Bergen', pupils: 1120 },
    ],
  },
];

/** The school that gets fewer than ten respondents, so the small-cell rule is visible in the demo. */
export const smallDemoSchool = '91AE';

export const demoAccounts = [
  { email: 'admin@demo.klankbord.nl', name: 'Anouk Admin', role: 'admin', scope: 'swv' },
  { email: 'onderzoeker@demo.klankbord.nl', name: 'Olaf Onderzoeker', role: 'researcher', scope: 'swv' },
  { email: 'bestuur@demo.klankbord.nl', name: 'Bea Bestuurder', role: 'board', scope: 'swv' },
  { email: 'school@demo.klankbord.nl', name: 'Sam Schoolcontact', role: 'school', scope: 'school:91AA' },
  { email: 'steunpunt@demo.klankbord.nl', name: 'Stijn Steunpunt', role: 'steunpunt', scope: 'swv' },
  // A second coder, so some stories are coded twice and the agreement and consensus screens have work.
  { email: 'codeur@demo.klankbord.nl', name: 'Carla Codeur', role: 'researcher', scope: 'swv' },
] as const;

export const demoActions = [
  {
    year: 2025,
    theme: 'OVG',
    title: 'Informatieavond over de overstap naar het vo, ook in het Arabisch, Turks en Pools',
    owner: 'Steunpunt en vo-scholen',
    status: 'klaar',
    evaluation: 'Drie avonden, 180 ouders. Ouders vroegen om de presentatie na te sturen.',
  },
  {
    year: 2025,
    theme: 'PAS',
    title: 'Wachttijd voor een arrangement terugbrengen naar zes weken',
    owner: 'Directeur SWV',
    status: 'bezig',
    evaluation: 'Gemiddeld nog negen weken; extra consulent per januari.',
  },
  {
    year: 2025,
    theme: 'COM',
    title: 'Eén vast aanspreekpunt voor ouders per school',
    owner: 'Schoolleiders',
    status: 'bezig',
    evaluation: '',
  },
  {
    year: 2025,
    theme: 'VEI',
    title: 'Anti-pestcoördinator zichtbaar op elke schoolsite',
    owner: 'Besturen',
    status: 'klaar',
    evaluation: 'Alle scholen hebben naam en foto op de site.',
  },
  {
    year: 2025,
    theme: 'TAAL',
    title: 'Tolk bij elk gesprek over ondersteuning als ouders dat willen',
    owner: 'Steunpunt',
    status: 'gestopt',
    evaluation: 'Budget bleek niet toereikend; opgenomen in plan 2026.',
  },
  {
    year: 2026,
    theme: 'PAS',
    title: 'Ouders schuiven aan bij het ondersteuningsplan van hun kind',
    owner: 'IB-netwerk',
    status: 'gepland',
    evaluation: '',
  },
  {
    year: 2026,
    theme: 'TAAL',
    title: 'Tolkenpool voor gesprekken over extra ondersteuning',
    owner: 'Steunpunt',
    status: 'gepland',
    evaluation: '',
  },
] as const;
