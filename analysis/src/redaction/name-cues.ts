// Words around a name that make a capitalised (or lower-case first) name after them a person.
import { SURNAMES, foldName } from './names/index.ts';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(foldName));

/**
 * Professions written before a name the way news writes them: "architect Nieuwenhuijse", "auteur Bies van Ede". They
 * announce a name, but unlike the titles they may be a surname themselves ("Ingrid Schrijver", "Peter Kunstenaar"),
 * and no typo of them is looked for: a surname is often one letter off a profession ("Schriever").
 */
export const PROFESSIONS = set(`
architect schrijver auteur kunstenaar journalist illustrator muzikant acteur onderzoeker hoogleraar lector
professor boswachter imam rabbijn kapelaan aalmoezenier inspecteur oprichter
`);

/**
 * Titles and roles directly before a name, never a name themselves: "juf Annemiek", "mw. Bakker", "mentor Kevin".
 * A long one is still recognised with a letter wrong ("Sercretaris").
 */
export const TITLE_WORDS = set(`
juf juffrouw meester meneer mijnheer menheer mevrouw mevr mw mvr dhr heer mentor mentrix leerkracht docent docente
leraar lerares directeur directrice rector conrector teamleider afdelingsleider schoolleider
locatieleider coördinator coordinator zorgcoördinator zorgcoordinator ib'er ib-er ibér begeleider
coach consulent onderwijsconsulent jeugdarts arts dokter huisarts dr drs mr ir ing prof
opa oma tante oom buurman buurvrouw conciërge concierge gymleraar gymdocent invaller invalkracht
stagiair stagiaire logopedist logopediste orthopedagoog psycholoog bestuurder voorzitter
penningmeester leerplichtambtenaar trainer coach schoolmaatschappelijk maatschappelijk werker
onderwijsassistent klassenassistent pedagoog regisseur collega familie fam gezin echtpaar
burgemeester wethouder onderwijswethouder pastor pastoor dominee predikant schooldirecteur
basisschooldirecteur verslaggever fotograaf uitvoerder examensecretaris initiatiefnemer
president minister staatssecretaris premier schepen gedeputeerde kamerlid
mrs ms miss headteacher teacher counsellor
secretaris secretaresse notulist
principaal frater broeder mère soeur zr br lezer lezeres
pan pani panem panią nauczyciel nauczycielka dyrektor dyrektorem dyrektorka wychowawca wychowawczyni
пан пані вчитель вчителька директор директором директорка наставник наставниця
öğretmen öğretmeni müdür müdürü danışmanı
schrijfster dichteres kunstenares illustratrice actrice onderzoekster oprichtster woordvoerder woordvoerster
wijkagent politieagent verpleegkundige jeugdverpleegkundige kinderarts schoolarts fysiotherapeut ergotherapeut
gezinscoach raadslid gemeenteraadslid statenlid jurylid onderwijsinspecteur bibliothecaris
`);

/** Family and friends before a name: "mijn zoon Daan", "onze dochter Xyla", "mn vriendin fleur". */
export const KIN_WORDS = set(`
zoon zoontje dochter dochtertje kind kindje broer broertje zus zusje zuster man vrouw partner
vriend vriendje vriendin vriendinnetje neef neefje nicht nichtje kleinzoon kleindochter kleinkind
stiefzoon stiefdochter pleegzoon pleegdochter pleegkind tweelingbroer tweelingzus buurjongen
buurmeisje klasgenoot klasgenote jongste oudste middelste baby vader moeder papa mama
echtgenoot echtgenote ex schoonzoon schoondochter kleuter peuter buren jongen meisje leerling leerlinge
student studente scholier scholiere kinderen kids zonen dochters tweeling jongens meiden meisjes broers broertjes zussen zusjes
syn córka córki synek син донька дочка синок oğlum kızım
vrienden vriendinnen vriendjes vriendinnetjes kleinkinderen pleegkinderen klasgenoten
`);

/** Verbs and phrases after which a name follows: "hij heet Bram", "ik ben Agnieszka", "genaamd Ayoub". */
export const NAMING_WORDS = set(`heet heten genaamd noemen noemde noemt`);

/** Nouns that name a person by relation in "moeder van Wiktoria", "de klas van Mustafa". */
export const RELATION_NOUNS = set(`
moeder vader ouder ouders opa oma mentor juf meester klas groep leerkracht groepsleerkracht
broer broertje zus zusje vriend vriendin vriendje vriendinnetje klasgenoot klasgenoten verzorger
voogd tante oom mama papa zorgen ontwikkeling gedrag cijfers rapport dossier toets
zoon zoontje dochter dochtertje kleinzoon kleindochter neef nicht
`);

/** Dutch surname prefixes: "van der Meer", "ter Horst", "'t Hart". */
// "in", "op", "het" are left out: "Daan in Purmerend" must not grow into one name.
export const TUSSENVOEGSELS = set(`van de der den 't ter ten vd la le du da di del von`);

/** Particles of Arabic, Berber and Turkish-Kurdish surnames, only capitalised: "El Amrani", "Ben Ali". */
export const NAME_PARTICLES = set(`el al ben bin ibn abu abou bou ait aït ould`);

/**
 * Forms of address: after these "van Dijk" is a surname. After a role ("voorzitter van Ouders &
 * Onderwijs") "van" means "of", so there only a listed or capitalised surname counts.
 */
export const HONORIFICS = set(
  `familie fam gezin echtpaar juf juffrouw meester meneer mijnheer menheer mevrouw mevr mw mvr dhr heer dr drs mr ir ing prof mrs ms miss pan pani пан пані`,
);

/** Titles written with a full stop, which then does not end the sentence: "mw. Bakker". */
export const ABBREVIATED_TITLES = set(`fam mw mevr mvr dhr dr drs mr ir ing prof mrs ms`);

/** Closings of a letter, after which the writer signs: "Met vriendelijke groet, Tesfom". */
export const SIGN_OFFS = set(`groet groeten groetjes gr mvg liefs`);

/** "Beste juf, Graag …" is a greeting, not an apposition naming the teacher. */
export const GREETINGS = set(`beste lieve geachte hoi hallo dag hey hi dear`);

/** After an article a lower-case list name is a word: "de noor", "een roman". */
export const ARTICLES = set(`de het een die deze dit dat elke geen`);

/**
 * Roles on the lists of a school's councils and team pages: "Voorzitter", "Lid", "Ouder", "Personeel" ("Mevr. Agnes
 * Bontekoe - Personeel"), and the headings of a team list typed flat ("Anne Groep 1/2 Brigitte Intern begeleider").
 */
const COUNCIL_ROLES = set(
  `voorzitter secretaris penningmeester notulist lid leden directeur intern groep groepen ouder personeelslid
  ouderlid bestuurslid adviseur personeel`,
);
/**
 * Roles that end a longer word: "Kinderboekenambassadeur", "Jeugdvoorzitter", "Tv-presentator",
 * "Vakleerkracht", "Leraarondersteuner", "Onderwijsassistent", "Kinderburgemeester", and a parent's task on a
 * school's list: "Allergiemoeder", "Verkeersouder".
 */
const ROLE_ENDING =
  /(?:ambassadeur|ambassadrice|voorzitter|secretaris|penningmeester|directeur|directrice|presentator|presentatrice|coordinator|coördinator|leerkracht|leerkrachten|ondersteuner|ondersteuners|begeleider|begeleiders|assistent|assistenten|medewerker|medewerkers|deelnemers|directie|burgemeester|wethouder|juffen|meesters|docenten|moeder|vader|ouder|ouders)$/;

/** The long roles a one-letter typo is still recognised in ("Sercretaris"); not forms of address, which surnames are one
 * letter from ("Mijngheer"). */
const LONG_ROLES = [...COUNCIL_ROLES, ...TITLE_WORDS].filter((role) => role.length >= 8 && !HONORIFICS.has(role));

/** "Vice-voorzitter", "Adjunct-directeur", "Oud-wethouder": what goes before a role's hyphen. */
const ROLE_PREFIX =
  /^(?:vice|adjunct|ex|oud|interim|loco|co|sub|hoofd|mede|waarnemend|plaatsvervangend|minister|team|groeps|vak|locatie|onderwijs|kinder|jeugd|school|ib|mr|gmr|or)$/;

/**
 * A role word as people type it on a web page, which no lexicon holds: "Vice-voorzitter",
 * "Adjunct-directeur" (a role after a hyphen), "Sercretaris", "Secrataris" (one letter off a long role
 * word). Never a name, so never a name's last word.
 */
export function isRoleLike(folded: string): boolean {
  // Asked for nearly every capitalised word: answered once per word.
  let known = roleLikeCache.get(folded);
  if (known === undefined) {
    known = readRoleLike(folded);
    if (roleLikeCache.size < 20_000) roleLikeCache.set(folded, known);
  }
  return known;
}

const roleLikeCache = new Map<string, boolean>();

function readRoleLike(folded: string): boolean {
  const dash = folded.lastIndexOf('-');
  if (dash > 0) {
    // ("Rikkers-Arts" is a double surname: only a prefix a role takes, or a role, makes the tail a role:
    // "Directeur-bestuurder".)
    const tail = folded.slice(dash + 1);
    const head = folded.slice(0, dash);
    const roleHead = ROLE_PREFIX.test(head) || COUNCIL_ROLES.has(head) || TITLE_WORDS.has(head);
    return (COUNCIL_ROLES.has(tail) || TITLE_WORDS.has(tail)) && roleHead;
  }
  if (folded.length < 8) return false;
  // (A listed surname that ends like a role is a surname: "Johan Meesters".)
  if (ROLE_ENDING.test(folded)) return !SURNAMES.has(folded);
  for (const role of LONG_ROLES) {
    if (Math.abs(role.length - folded.length) <= 1 && isOneEditApart(role, folded)) return true;
  }
  return false;
}

/**
 * A role word as written in the text: a role or title ("Lid", "Sercretaris"), or a role written onto an
 * organisation's name with its tail in lower case ("Westerwijs-directeur"; a double surname capitalises both parts:
 * "Rikkers-Arts").
 */
export function isRoleToken(token: { text: string; folded: string }): boolean {
  return isRoleWord(token.folded) || isRoleCompound(token);
}

function isRoleCompound(token: { text: string; folded: string }): boolean {
  const dash = token.text.lastIndexOf('-');
  if (dash <= 0 || !/^\p{Ll}/u.test(token.text.slice(dash + 1))) return false;
  const tail = token.folded.slice(token.folded.lastIndexOf('-') + 1);
  return COUNCIL_ROLES.has(tail) || TITLE_WORDS.has(tail) || ROLE_ENDING.test(tail);
}

/** A role on a council's list: "Voorzitter", "Lid", "Secretaris". */
export function isCouncilRole(folded: string): boolean {
  return COUNCIL_ROLES.has(folded);
}

/** A role or a title, as listed or as typed: never part of a name ("Lid", "Sercretaris", "juf"). */
export function isRoleWord(folded: string): boolean {
  return COUNCIL_ROLES.has(folded) || TITLE_WORDS.has(folded) || isRoleLike(folded);
}

/** One letter added, dropped, changed, or two neighbours swapped. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
