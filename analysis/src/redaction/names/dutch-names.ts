// Common Dutch and Flemish first names (children born 1970–2024 and their parents and grandparents,
// with Limburg, Brabant, Zeeland and Groningen forms) and surnames. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
// Surnames are stored without tussenvoegsel ("de Vries" → "vries"), which the name finder adds back.
export const DUTCH_FIRST_NAMES = `
aad aafke aagje aaltje aart abbe abe abel ad adam aditi adri adriaan adriana adrianus adrie agnes aimée albert
albertus aldert aleida alex alexander alida alies alinda allard alma alwin amara amber amke amy andré andrea
andries angela angelique anita anja anke ann anna annabel annabelle anne anne-fleur anne-marie anne-sophie
annebel anneke annelies anneloes annelot annemarie annemiek annemieke annemijn annet annette annie anniek
anouck anouk anouschka anouska ans anthonie antje anton antoon ap ard arend arie arjan arjanne arjen arno
arnold arnoud arnout aron arthur astrid aukje ayla babette barbara bart bartholomeus bas bastiaan bauke bea
beatrix ben benjamin benne bennie benno bente benthe bep bèr berber berdien berend bernadette bernard bernou
berry bert bertha bertje bertus bianca bibi bie birgit björn bo boaz bob bobbie bobby bodi boris bouwe bowie
bram brecht brechtje bregje brenda brent brigitte britt britte bruno carel carla carlijn carlo carolien
caroline cas casper cato cecile cees celine chantal charlotte chayenne cheyenne chiara chris christel
christiaan christine cindy claire clara claudia coby coen colette cor cora coriene corina corine corné
cornelis cornelius corrie daan daantje dani daniek daniel danielle danique danny daphne dave david dean debby
demi denise dennis desiree dewi dex diana dick diederick diederik dieke dieneke dieuwertje dieuwke dina dineke
dingeman diny dion dionne dirk dirk-jan dirkje djamila djenna dolf dominique doortje dorien dorine doris dorus
douwe driek dries dunya dylan ed eddy edgar eduard edwin eefje eelco egbert elias elin elina eline elisabeth
elise elize ella ellen elles eloïse els elsa elske elyne emiel emily emma emmely emmy eppo erik ernst erwin
esmée estelle ester esther eva eva-marie evelien evelyne evert evi evie evy ewald ewout faas fabian fabiënne
famke fardau fay fedde feije feline fem femke femmie fenja fenna fenne ferdi ferdinand ferry fieke fien fiene
finn fleur fleurtje floor floortje flore floris fons fos frank frans fransje frederik frederique freek frits froukje
gabriëlle gaby gea geert geertje geertruida gerard gerben gerbrand gerco gerda gerdien gerhard gerjan gerjanne
gerrie gerrit gert gert-jan gertjan gertrude gideon gijs gijsbert gilles gino godelieve godfried gon gonnie
govert greet greetje guido guus guusje hanna hannah hanne hanneke hannie hanno hans harm harmen harmke harold harrie
hedwig heike hein heleen helen helma helmer hendrik hendrika hendrikus henk hennie henny henri henriëtte
herman hermanus hester hetty hidde hilbrand hilda hilde hindrik hub hubert hugo huib huub ida ids ilja ilona
ilse imke imme ina indy ine inez inge ingeborg ingrid inke iris irma isa isabeau isabel isabella isabelle isis
ivo izaak jaantje jaap jacco jace jacob jacobus jacomijn jacqueline jacques jakob james jan jan-kees jan-peter
jan-willem janine janna janne janneke jannes jannick jannie jannik janouk jantien jantina jantine jantje janus
jarno jasmijn jasper jayden jaylinn jeanette jef jeffrey jelena jelka jelle jelmer jeltje jenneke jenny jens
jente jenthe jeroen jesper jesse jessica jessy jet jetske jetty jeu jikke jildert jill jim jinte jinthe jip jo
joa joah joanne job jochem joëlle joep joey johan johanna johannes joke jolanda jolein jolien jolijn jonas
jonathan joost jop joppe jordi jori jorieke jorien jorik joris jorn jorrit jort jos josé josephine joshua
josien josje josse joyce jozef judith jula jules julia julian juliette julius jurgen juriaan jurian jurre
jurriaan justin justine juul kaatje kai karen karin karlijn kasper kato katrien kay kaylee keano kees keet kevin
kiki kim kirsten kjeld klaas klaasje klazina koen koenraad koos kornelis krijn kyan kyano kyra lambert lammert
lammie lana lara lars laura lauren laurens laurentien laurien leen leendert lena lenn lennard lennart lenthe
leon leonard levi lex lia liam lianne lieke lies liesbeth liese lieuwe lieven lilian lina linda linde linn
lisa lisanne lise liselotte lisette liv liza lize lizzy lode lodewijk loek loes loïs lot lotje lotta lotte lou
louise louk lowie luc luca lucas lucie luna luuk luus lyanne lynn maaike maarten maartje machteld madelief
madelon mads maike maite manon manouk marc marcel marco mare margot margreet margriet maria marian marianne
marieke mariëlle marietje marije marijke marijn marina marinus mariska marit marja marjan marjet marjolein
marjolijn mark marleen marlies marlijn marloes marlou marten martha martien martijn martin martine mason
mathieu mathijs mats matthijs maud maurits max maxim maxima maxime mayke mees meike meindert melle melvin
menno merel merijn merle merlijn mette michael michel michiel mick midas mieke miel mien mies mik mika mike
mila milan milène milo milou minke miranda mirjam mirna mirre mirte mirthe mischa mitchell moniek monique moos
morris myrthe nadine nadja nanda nanne nanouk naomi natasja nathalie nathan neeltje nel nele nelleke nellie
nena nick nicky nicolaas nicole niek nieke niels nienke nikki nils nina noa noah noé noëlle noor noortje nora
norah norbert noud nout nova nynke okke olaf olav ole olivia olivier oskar otis otje otto pascal patricia
patrick paul pelle pepijn peter petra petronella pien piet pieter pieter-jan pieternel pieternella pim pip
pleun puck puk quinn quinten quinty quirine raf rafaël ralph ramon randy ravi raymond regina reinier reinoud
reinout reint remco remy renate renée rens renske ria rianne richard rick riek rienk riet rik rika rina rinke
rinske rinus rixt rob robbert robert robin robine roel roelf roelie rogier roland romijn romy ronald roos
roosje roosmarijn rosa rosalie rosanne rosie roy ruben rudi rudy rutger ruud saar sabine sam sammie samuel
sander sandra sanna sanne sara saskia seb sebas sebastiaan selma sem senna senne sep sepp servaas siebe sieger
siem siemen sien sientje sietse sietske sil silke simone sjaak sjef sjoerd sjors sjra sofie solange sophia
sophie staf stan stef stefan stefanie stein stephanie sterre steven stijn stijnie susan suus suzan suzanne
suze sven sverre sybren sylvia tamar tamara tamme tammo tanja tara teddy teije tess tessa teun teuntje thea
thei theo thijme thijmen thijs thirza thom thomas tieme ties tijmen tijn tijs tim timo timon tineke tinus tiny
tirza tjeerd tjitske tobi tobias toby tom ton tonnie tonny toon toos trees trijntje tristan trudie trudy truus
tuur twan tygo ubbo ursula valentijn valérie vanessa veerle vera vic vigo vik vince vincent walter wannes ward
warre wendela wendy wessel wibe wibo wiebe wiel wies wieteke wietse wijnand wil wilbert wilco willem willemien
willemijn wilma wim wolf wout wouter wubbo xander xavi yannick yara yente yfke ymke yorick youp youri yvette
yvo yvonne zara zeger zep zoë zoey
`;

export const DUTCH_SURNAMES = `
aalbers aarts achterberg aerts akker akkerman alberts alkema appel arends arts baas bakker bakkers balk
bastiaens beckers beek beekman beijer bekker berends berg berge bergh bergsma berkel berkhout beumer bijl
blaauw blankenstein bloem blok blom boer boerema boerman boers bol bolt bongers boom boon boonstra bor borst
bos bosch boshuizen bosma bosman bouma bouman bouwman brand brandsma bremer brink brinkman broek brouwer
brugge bruggink bruijn bruin bruins bulthuis claes claessens coenen coppens crombach custers dam damen dekker
dekkers derks diepenbroek dijk dijkema dijkhuis dijkhuizen dijkman dijkstra dirks dobbe doesburg dongen
donkers dool doorn doornbos draaisma driessen dungen eem eijk eijkelenboom elshout elzinga ende engelen erp
evers faber feenstra fokkema franken fransen frissen gaag geerts geest gelder gerrits gerritse gerritsen
geurts gielen gils goede gogh goossens goudsmit graaf graaff grift groen groeneveld groenewegen groot haan
haas habets ham hamers hartman haverkamp hazenberg heijden hendriks hendriksen hendrikx hermans hettinga
heuvel hiemstra hoeben hoek hoekman hoekstra hof hofman holwerda hoof hoogendoorn hoogeveen hoogland hoogstra
horst houben hout hoven huisman huizinga hulst jacobs jager jansen janssen janssens jaspers jong jonge jongsma
jonker jonkman kalkman kam kamp keizer kempen kessels kingma klein klerk kloosterman knops koeman kok kolk
koning kooistra koopal koopman koopmans kortekaas koster kramer kremer kroon kuijer kuijpers kuiper kuipers
kusters laan laar laat lagerweij lammers landman lange leenders leeuw leeuwen lemmens lensink leur lieshout
linde lindeboom linden loon lubbers luijten maas maassen martens meer meesters meijer mensink mertens meulen
meulendijks meyer miedema mol molen molenaar mooij moonen mulder muller mutsaers nauta nienhuis nieuwenhuis
nijhuis nijland nooij notermans offermans olthof oosterbaan oosterhuis oosting oostra oudshoorn overbeek
pasman pauw peer peeters peters pieters pietersma plas ploeg poel pol poortvliet post postma prins provoost
raaijmakers rademaker ramakers ree reinders rienstra riet rijn roeleveld roelofs rooij roos roozendaal
rozendaal ruijter ruiter rutten ruyter sanders schaap schellekens scheper schipper schoenmakers scholten
schoot schouten schreurs schut schuurman siebring sijtsma sikkema sinke slagter slot sluis smeets smid smit
smits smulders snijders spijker spoelstra stam steen steenbergen stegeman stoffels stokman stoop straten
streefkerk swinkels talsma tamminga terpstra teunissen tiemersma timmermans tjeerdsma tromp tuinstra ubbink
uiterwijk vaart valk vandenberghe veen veenman veenstra velde velden veldhuis veldkamp ven verbakel verbeek
verbruggen verdonschot verhagen verheijen verhoef verhoeven verhulst verkerk vermaat vermeer vermeij vermeulen
verschuren vink visscher visser vlaar vliet vogel vos vossen vries waal wagenaar wal weijden weijers werf
wessels westerhof westra wetzels wiegman wiel wiersma wijk wijnands wijnen wijngaard wijngaarden wilde willems
willemsen wisse wit wolf wolfert wolters wouters wubbels zandbergen zande zanten zee zijlstra zondervan
zuidema zwaan zwart zwiers
`;
