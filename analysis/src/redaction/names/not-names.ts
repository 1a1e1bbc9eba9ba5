// Capitalised words that are never a person's name in a school story, lower case. They stop a name
// ("docent Engels", "mijn zoon Maandag…") and keep brand and holiday words in the text.
export const NOT_NAME_WORDS = `
januari februari maart april mei juni juli augustus september oktober november december
gr grp th ph chr namens vacature vacant hé hee staten
pixabay shutterstock unsplash istock pexels freepik canva anp hollandse hoogte
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend
pasen kerst kerstmis kerstvakantie kerstfeest sinterklaas sint kerstman pieten
ramadan suikerfeest offerfeest eid bayram divali diwali holi keti koti chanoeka
pinksteren hemelvaart koningsdag bevrijdingsdag carnaval oud nieuw oudjaar halloween
voorjaarsvakantie meivakantie zomervakantie herfstvakantie
magister somtoday parnassys parro social schools teams zoom google classroom translate
whatsapp instagram tiktok snapchat facebook youtube twitter discord roblox fortnite minecraft
gynzy snappet squla kurzweil cito iep dia route doorstroomtoets eindtoets digid duo
microsoft office word excel outlook gmail hotmail apple ipad iphone chromebook android
nijntje netflix spotify jumbo heijn lidl aldi hema action bol ns ov ret gvb
god allah jezus jesu koran bijbel moskee kerk
nederlands vlaams vlaamse engels duits fries frysk spaans arabisch turks pools oekraïens oekraiens russisch
tigrinya amhaars somalisch berbers tamazight papiaments sranan sranantongo hindi
farsi dari koerdisch portugees italiaans chinees
netherlands dutch english ukraine ukrainian syria syrian turkey turkish morocco moroccan poland polish
eritrea eritrean somalia somali afghanistan afghan arabic germany belgium europe
nederland holland belgië belgie duitsland polen oekraïne oekraine turkije marokko syrië
syrie eritrea ethiopië ethiopie somalië somalie suriname curaçao curacao aruba bonaire
afghanistan irak iran europa afrika azië azie amerika engeland frankrijk spanje
nederlandse marokkaanse turkse poolse oekraïense syrische eritrese surinaamse
amsterdam rotterdam utrecht alkmaar haarlem zaandam hoorn den helder leiden den haag
noord zuid oost west noordoost noordwest zuidoost zuidwest holland randstad
wiskunde rekenen taal spelling lezen begrijpend geschiedenis aardrijkskunde biologie
natuurkunde scheikunde economie muziek tekenen gym lo ckv maatschappijleer
groep klas school basisschool college lyceum gymnasium brugklas havo vwo vmbo mbo hbo
kader basis gemengd theoretisch atheneum praktijkonderwijs
passend onderwijs samenwerkingsverband oudersteunpunt steunpunt jeugdzorg leerplicht
veilig thuis kinderombudsman inspectie gemeente stichting leergeld gezinscoach
opp tlv lvs swv mr opr gmr ib ib'er ib-er ggd cjg wijkteam
juf juffrouw meester meneer mevrouw mevr mw dhr heer mentor leraar lerares docent
directeur directrice leerkracht rector conrector familie fam gezin
ik jij je u hij zij ze wij we jullie het de een mijn onze ons jouw zijn haar hun
en of maar want dus toen dan als omdat nadat voordat sinds terwijl hoewel
dit dat die deze daar hier er wat wie waar waarom hoe welke niet geen wel ook nog
op in aan met van voor na bij uit naar over onder tussen door tot zonder tegen
ja nee oké ok hoi hallo hey hoii dag doei groetjes beste geachte lieve liefs
gisteren vandaag morgen vanochtend vanmiddag vanavond toen nu later eerst daarna
volgens helaas gelukkig uiteindelijk natuurlijk eigenlijk inmiddels soms vaak altijd nooit
elke iedereen niemand alles niets iets veel weinig meer minder alle
dank bedankt sorry excuses fijn leuk goed slecht
sindsdien daarom daarna daardoor hierdoor verder misschien ondertussen vorig vorige afgelopen straks
binnenkort laatst eerder thuis buiten binnen samen zelf toch zo alleen bovendien tenslotte zelfs echter
waarschijnlijk blijkbaar kennelijk meestal vroeger tegenwoordig hopelijk jammer opnieuw weer ineens
opeens plotseling iemand ieder iedere elk beide allebei sommige anderen andere bijvoorbeeld graag
`;

// First names that are also ordinary (Dutch or English) words. They count as names only after a cue
// ("mijn dochter Roos", "meester Max") or capitalised in the middle of a sentence.
export const NAME_WORD_COLLISIONS = `
staf gon bie
roos hoop storm mees vos ben wil max jan lot jet job bob els dal
bloem zon maan sky skye faith grace joy hope may june summer ray dean tan rim
can said nada lama dua sari iman eren mine tuba salam selam roman jack asia harm arend riet
ton toon leen koos ernst nader wolf piet valentijn berber keet tuna mark bas kim frans
`;

// Given names that are also a language, capitalised as a name is: "Frans" (a name after "meester" or before a
// surname, the language in "les in Frans", "een buis voor Frans").
export const LANGUAGE_NAME_WORDS = `
frans
`;

// Names that in lower case are a verb or a function word, even after a cue: "mijn zoon wil niet",
// "alsof ik een kind ben", "mijn dochter hoop ik". Capitalised they are names ("Ben", "Koos").
export const LOWERCASE_FUNCTION_WORDS = `
wil ben koos leen toon nader hoop mine can said may
`;

// First names that are also less common Dutch words ("een merel", "in de fleur", "de iris").
// Capitalised they are names; in lower case only after a cue ("mijn zoon bas").
export const LOWERCASE_NAME_WORDS = `
adel amber aria aster axel dino eden erin fleur frank griet hub iris jade jasmijn jihad joke
ion lies linde lotje roosje madelief mare margriet marina merel nadir paria pascal pier pip rob saga
sultan tamme teddy tiara violet wiel
`;

// Listed surnames that are also nouns for a role or an animal. After a bare "de" they are the noun:
// "de Koning kwam op bezoek", "bij de Bakker"; "juf de Koning" and "Sanne de Koning" stay names.
export const SURNAME_NOUN_WORDS = `
koning prins graaf boer bakker visser smit kok koster schipper mulder molenaar brouwer kuiper jager
klerk wolf vos haan leeuw haas
`;

// Surnames that are also everyday adjectives, nouns or verbs: right after a lower-case given name and
// without a tussenvoegsel they stay words ("ik vind daan groot", "sanne laat het niet").
export const SURNAME_WORDS = `
groot klein jong jonge lange oud wit zwart groen bruin blaauw goede wilde laat post bak kam bos berg dam
hoek hof kamp boom bloem appel balk beek blok boon brand hout kroon laan molen plas ploeg slot sluis steen
vogel vink wal zee zwaan schaap pauw valk roos held linger can tan said sari kara sen ay
`;

// Capitalised phrases that look like names but are not people.
export const NOT_NAME_PHRASES = [
  'zwarte piet',
  'sint maarten',
  'sint-maarten',
  'goede vrijdag',
  'stille zaterdag',
  'sint nicolaas',
  'albert heijn',
  'rode kruis',
  'sierra leone',
  'donald duck',
  'den bosch',
  'social schools',
  'google classroom',
  'google translate',
  'veilig thuis',
  'veilig leren lezen',
  'stichting leergeld',
  'jeugdfonds sport',
  'ouders & onderwijs',
  'ouders en onderwijs',
  // A Flemish secondary school's kind ("het Klein Seminarie"), a saying ("klaar is Kees"), a district of
  // Utrecht and a paper named after Leiden.
  'klein seminarie',
  'klaar is kees',
  'klaar was kees',
  'leidsche rijn',
  'leidsch dagblad',
  // A board's and a council's organs: "Voorzitter Raad van Bestuur Jan De Meyer", "Namens de Raad van Toezicht",
  // "voorzitter College van Bestuur Barbara Dijkgraaf".
  'raad van bestuur',
  'college van bestuur',
  // Zwarte Piet beside the Sint: "Sint en Piet op de daken".
  'sint en piet',
  'sinterklaas en piet',
  'raad van toezicht',
  'raad van advies',
  'raad van beheer',
  'raad van commissarissen',
  'raad van state',
  'bos en lommer',
  // Characters of children's books and television, no one's name in a school story ("Winnie de Pooh", "Pippi
  // Langkous" at a themed party).
  'pippi langkous',
  'winnie de poeh',
  'winnie de pooh',
  'winnie the pooh',
  'donald duckjes',
  'dikkie dik',
  'dolfje weerwolfje',
  'harry potter',
  'holle bolle gijs',
  'bassie en adriaan',
  'jip en janneke',
];
