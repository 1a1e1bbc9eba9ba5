// Capitalised words that are not people: places, peoples and languages, organisations, apps and
// events. Lower case. They only stop a guess (an unknown word taken as a name from its context), so a
// listed first name that is also a place ("Sofia", "Marina") is still a name.

/** Dutch provinces, regions, cities and villages, islands, and places abroad families come from. */
export const PLACE_NAMES = `
groningen friesland fryslân drenthe overijssel flevoland gelderland utrecht noord-holland zuid-holland
zeeland brabant noord-brabant limburg twente achterhoek veluwe betuwe randstad westland waddeneilanden
texel vlieland terschelling ameland schiermonnikoog goeree walcheren
aalsmeer aalten alkmaar almelo almere alphen amersfoort amstelveen amsterdam apeldoorn arnhem assen
barendrecht barneveld beverwijk bergen bodegraven borne boxtel breda brunssum bussum capelle castricum
culemborg delft delfzijl deventer diemen doetinchem dokkum dordrecht drachten dronten ede eindhoven
emmen enkhuizen enschede epe ermelo franeker geldrop gorinchem gouda haarlem harderwijk harlingen
heemskerk heemstede heerenveen heerhugowaard heerlen helmond hengelo hilversum hoofddorp hoogeveen hoorn
houten huizen ijmuiden kampen katwijk kerkrade krimpen lansingerland leeuwarden leiden leiderdorp
lelystad lisse maarssen maassluis maastricht medemblik meppel middelburg nieuwegein nijkerk nijmegen
noordwijk oldenzaal oosterhout oss papendrecht purmerend raalte rijswijk roermond roosendaal rotterdam
schagen schiedam sittard sneek soest spijkenisse steenwijk terneuzen tiel tilburg urk veendam veenendaal
velsen venlo venray vlaardingen vlissingen volendam waalwijk wageningen weert westervoort winschoten
winterswijk woerden zaandam zaanstad zandvoort zeist zoetermeer zutphen zwijndrecht zwolle langedijk
obdam julianadorp paulowna wieringen edam monnickendam
aruba bonaire curaçao curacao statia eustatius paramaribo nickerie marowijne
nederland holland belgië belgie vlaanderen duitsland frankrijk spanje portugal italië italie engeland
schotland ierland polen oekraïne oekraine rusland roemenië roemenie bulgarije hongarije griekenland
turkije marokko algerije tunesië tunesie egypte syrië syrie irak iran afghanistan pakistan india
china japan indonesië indonesie suriname eritrea ethiopië ethiopie somalië somalie soedan jemen libanon
jordanië jordanie palestina israël israel koerdistan ghana nigeria kaapverdië congo europa afrika azië
azie amerika australië azc apel
київ харків львів одеса дніпро запоріжжя полтава чернігів
kyiv kiev kharkiv charkiv lviv odesa odessa dnipro marioepol warschau krakau gdansk wroclaw poznan
istanbul ankara izmir konya kayseri antalya casablanca rabat tanger nador hoceima fez marrakech
agadir oujda tetouan damascus aleppo homs idlib bagdad mosul kabul herat mazar asmara
mogadishu hargeisa addis khartoum
`;

/** Peoples, nationalities, languages and faiths, written with a capital in Dutch. */
export const GROUP_NAMES = `
nederlander nederlanders marokkaan marokkanen turk turken pool polen syriër syriërs eritreeër
eritreeërs somaliër somaliërs afghaan afghanen surinamer surinamers antilliaan antillianen hindoestaan
hindoestanen hindoestaanse creool creolen creoolse javaan javanen javaanse chinees koerd koerden
koerdische berber berbers berberse amazigh arabier arabieren ethiopiër oekraïner oekraïners rus russen
duitser duitsers belg belgen fries friezen friese limburger limburgse brabander brabantse zeeuw zeeuwse
moslim moslims islam islamitische christen christenen christelijke katholiek katholieke protestant
protestantse hindoe hindoes jood joden joodse boeddhist
marokkaanse turkse poolse syrische eritrese somalische afghaanse surinaamse antilliaanse iraakse iraanse
ethiopische arabische oekraïense oekraiense russische roemeense bulgaarse ghanese nigeriaanse
kaapverdiaanse belgische duitse engelse franse spaanse italiaanse portugese chinese indiase indische
molukse amerikaanse britse europese afrikaanse aziatische nederlandse hollandse hollands
marokkaans surinaams syrisch eritrees somalisch afghaans iraaks iraans ethiopisch antilliaans ghanees
nigeriaans kaapverdiaans belgisch italiaans portugees amerikaans brits europees afrikaans aziatisch
dari pasjtoe pashto perzisch tigrinya amhaars somalisch oekraïens russisch roemeens bulgaars
hollandaca felemenkçe türkçe arapça ingilizce
papiamento papiaments sranantongo sarnami javaans koerdisch berbers tamazight arabisch turks pools
`;

/** Organisations, services, apps, brands, newspapers, clubs, events, conditions and school subjects. */
export const ORGANISATION_NAMES = `
kentalis auris karakter accare lentis youké levvel altra pameijer ipse parnassia yulius curium triversum
humanitas kwadraad cardea spirit lindenhout bartiméus visio mee jgz ggz vluchtelingenwerk coa ind uwv
svb cak belastingdienst kinderbescherming rijksoverheid ministerie kamer onderwijsinspectie
kinderombudsman leerplicht jeugdfonds scouting efteling artis nemo walibi duinrell
blijdorp ouwehands slagharen toverland madurodam rijksmuseum
monday tuesday wednesday thursday friday saturday sunday january february april june july august
september october november december christmas easter
ajax feyenoord psv vitesse knvb
corona covid lockdown
montessori dalton jenaplan steiner vrije
zermelo itslearning schoolwise wikiwijs bingel blink nieuwsbegrip rekentuin taalzee muiswerk lexima
claroread kahoot quizlet duolingo studygo wrts prowise classdojo parro basispoort entree
windows powerpoint disney pokémon pokemon lego playstation xbox nintendo switch fifa
kruidvat etos primark zara mediamarkt coolblue zalando vinted marktplaats thuisbezorgd blokker xenos
intertoys gamma praxis ikea decathlon vomar dekamarkt coop spar ziggo odido vodafone kpn rabobank
eneco vattenfall essent tikkie kumon lyceo studiekring menzis vgz zorgbelang connexxion arriva qbuzz
defensie brandweer politie marechaussee
telegraaf volkskrant parool gelderlander stentor limburger
taekwondo judo karate hockey voetbal korfbal tennis turnen atletiek ballet
kinderboekenweek avondvierdaagse koningsspelen schoolreis kinderdag moederdag vaderdag valentijnsdag
nowruz newroz
dyslexie dyscalculie autisme epilepsie diabetes astma downsyndroom down tourette asperger
wet techniek drama informatica filosofie latijn grieks kunst dans natuur mens maatschappij nask
`;
