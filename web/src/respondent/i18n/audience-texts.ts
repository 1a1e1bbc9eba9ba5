import type { PageTexts } from './types.ts';

/** Who a page speaks to: parents ("u" in Dutch), young people ("je"), or not known yet (treated as a parent). */
export type Audience = 'ouder' | 'jongere';

type Overrides<T> = { [K in keyof T]?: T[K] extends string ? string : Overrides<T[K]> };

/**
 * Dutch for parents and for a reader whose role is not known yet: "u", where nl.ts says "je" to young
 * people. Only the texts that address the reader are here; the rest comes from nl.ts.
 */
const nlParentOverrides: Overrides<PageTexts> = {
  errors: {
    unknownLink:
      'We kennen deze link niet. Kijk of u de link goed heeft overgenomen. Of vraag de school om een nieuwe link.',
    closed:
      'U kunt deze vragenlijst nu niet invullen. Hij is al dicht of nog niet open. Wilt u toch iets vertellen? Dat kan met een verhaal.',
    offline:
      'Er is geen verbinding met internet. Wat u heeft ingevuld, blijft bewaard op dit apparaat. Probeer het straks nog eens.',
    server:
      'Er ging bij ons iets mis. Wat u heeft ingevuld, blijft bewaard op dit apparaat. Probeer het straks nog eens.',
    tooMany: 'Het is nu erg druk. Wacht een minuut en probeer het dan nog eens.',
    invitationUnknown:
      'We kennen deze uitnodiging niet. Kijk of u de link goed heeft overgenomen. Of vraag de school om een nieuwe uitnodiging.',
  },
  questionnaire: {
    schoolHint: 'Kies de school van uw kind.',
    draftRestored: 'Uw antwoorden van de vorige keer staan er weer.',
    saveLaterHint: 'Wilt u nu stoppen? Bewaar uw antwoorden en ga later verder.',
    savedTitle: 'Uw antwoorden zijn bewaard',
    savedText: 'Schrijf deze code op of bewaar de link. Daarmee gaat u later verder, ook op een ander apparaat.',
    haveCode: 'Heeft u een code om verder te gaan?',
    resumeUnknown:
      'We kennen deze code niet. Of u heeft de vragenlijst al verstuurd. Kijk of u de code goed heeft overgenomen.',
    sendFailedKept: 'Versturen is niet gelukt. Uw antwoorden blijven bewaard op dit apparaat.',
    offlineWaiting:
      'Geen verbinding. Uw antwoorden staan veilig op dit toestel; we versturen ze zodra er weer verbinding is.',
    wipeHint:
      'Uw antwoorden staan op dit toestel tot ze verstuurd zijn. Gebruikt u het toestel van iemand anders? Wis ze dan.',
    wipe: 'Mijn antwoorden wissen van dit toestel',
    wiped: 'Uw antwoorden zijn gewist van dit toestel.',
  },
  story: {
    title: 'Vertel uw verhaal',
    intro:
      'Wat heeft u meegemaakt met school? Iets goeds of iets wat niet goed ging: alles mag. U hoeft uw naam niet te geven.',
    privacy: 'Noem geen namen van mensen. Dan blijft uw verhaal anoniem.',
    roleLegend: 'Wie bent u?',
    titleLabel: 'Geef uw verhaal een titel',
    textHint: 'Vertel het in uw eigen woorden. Schrijf minstens 20 tekens.',
    themesLegend: 'Waar gaat uw verhaal over?',
    helpedLabel: 'Wat had u geholpen?',
    consentLegend: 'Wat mogen wij met uw verhaal doen?',
    consentQuoteHint: 'We halen namen en andere dingen waaraan mensen u kunnen herkennen eruit.',
    consentNo: 'Zet u geen vinkje? Dan telt uw verhaal wel mee, maar niemand citeert het of geeft het door.',
    optional: '(mag u leeg laten)',
    errRole: 'Kies wie u bent.',
    errTextLong: 'Uw verhaal is te lang. Het mag hoogstens 5000 tekens zijn.',
    draftKept: 'Wat u typt, blijft bewaard op dit apparaat tot u het verstuurt.',
  },
  thanks: {
    receiptLabel: 'Uw bewijscode',
    receiptExplain: 'Met deze code kunt u later weghalen wat u nu stuurde.',
    receiptKeep: 'Schrijf de code op of maak er een foto van. Wij kunnen de code niet voor u terugvinden.',
    deleteHow: 'Weghalen doet u hier:',
    storyInvite: 'Wilt u ook vertellen wat u heeft meegemaakt?',
    storyLink: 'Vertel uw verhaal',
  },
  remove: {
    title: 'Verwijderen wat u stuurde',
    intro:
      'Heeft u een vragenlijst of verhaal gestuurd? Met uw bewijscode haalt u het weer weg. Dat kan niet ongedaan worden gemaakt.',
    codeLabel: 'Uw bewijscode',
    unknown: 'We kennen deze code niet. Misschien is het al verwijderd. Kijk of u de code goed heeft overgenomen.',
    empty: 'Vul uw bewijscode in.',
  },
};

// The school hint names the child's school to a parent and the reader's own school to a young person.
const hints = (parent: string, youth: string) => ({
  ouder: { questionnaire: { schoolHint: parent } },
  jongere: { questionnaire: { schoolHint: youth } },
});
const overrides: Record<string, Partial<Record<Audience, Overrides<PageTexts>>>> = {
  nl: { ouder: nlParentOverrides },
  en: hints("Choose your child's school.", 'Choose the school you go to.'),
  ar: hints('اختر مدرسة طفلك.', 'اختر المدرسة التي تدرس فيها.'),
  tr: hints('Çocuğunuzun okulunu seçin.', 'Gittiğin okulu seç.'),
  pl: hints('Proszę wybrać szkołę dziecka.', 'Wybierz szkołę, do której chodzisz.'),
  uk: hints('Оберіть школу вашої дитини.', 'Обери школу, у якій ти навчаєшся.'),
};

function merge<T extends object>(base: T, changes: Overrides<T>): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes))
    merged[key] =
      typeof value === 'string' ? value : merge((base as Record<string, object>)[key] as object, value as object);
  return merged as T;
}

/** The page texts of a language as they speak to this audience. */
export function textsForAudience(locale: string, base: PageTexts, audience: Audience): PageTexts {
  const changes = overrides[locale]?.[audience];
  return changes ? merge(base, changes) : base;
}
