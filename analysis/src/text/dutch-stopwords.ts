// The Snowball project's Dutch stop list (snowballstem.org, 101 words), minus the negators, which
// negation.ts needs to see, plus a few pronouns, auxiliaries and fillers that carry no theme in stories.
// stopwords-iso's Dutch list was not used: it also drops words that do carry a theme here
// ("samen", "missen", "vroeg", "later", "klaar", "weg").
const SNOWBALL_DUTCH_STOP_LIST = `
de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan
zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft
hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet
ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen
na reeds wil kon niets uw iemand geweest andere`;

const EXTRA_STOPWORDS = `
we wij jij jou jouw jullie onze mijne hen des word werden wel even heel erg echt gewoon nou hoor
eigenlijk gaat gaan ging gingen ga hebt hadden kun kunt mag mocht moeten moest zouden zullen waar
wanneer welke waarom ofzo zoals soms best beetje steeds weer toe af via`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

/** Words that negate what follows ("geen last van pesten", "nooit problemen", "niet gepest"). */
export const DUTCH_NEGATORS: ReadonlySet<string> = new Set([
  'niet',
  'geen',
  'nooit',
  'niets',
  'niks',
  'niemand',
  'nergens',
  'zonder',
]);

/** Words that end a negation's reach: "niet gepest, maar wel buitengesloten". */
export const DUTCH_CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'maar',
  'wel',
  'echter',
  'alleen',
  'behalve',
  'toch',
]);

/** Dutch function words that carry no theme (negators excluded: they are handled, not dropped). */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  [...words(SNOWBALL_DUTCH_STOP_LIST), ...words(EXTRA_STOPWORDS)].filter((word) => !DUTCH_NEGATORS.has(word)),
);

/**
 * Whether a normalised word is a Dutch stopword.
 * @example isDutchStopword('het') // true
 */
export function isDutchStopword(word: string): boolean {
  return DUTCH_STOPWORDS.has(word);
}
