// Generated from @faker-js/faker 10.6.0 by analysis/bench/redaction-first-names.ts (see locale-given-names.ts):
// do not edit by hand. Given names of 77 locales that are no Dutch word, no place and never a name elsewhere.
export const LOCALE_FIRST_NAMES = `
aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aamod aanand aanandaswarup aanandinii
aanjaneya aanuoluwapo aaratrika aarav aaron aarya aaryan aasa aasha aashritha aatmaj aatmaja aatreya
aayushmaan aayushman abaco abadon abagail abak abaka abakan abakay abani abar abay abayomi abbas abbie
abbigail abbondanza abbondanzio abbondio abbos abby abd abdallah abdel abdelkader abdellah abderrahmane abdiel
abdon abdone abdonie abdou abdoul abdoulaye abdourahmane abdramane abdul abdulahad abdulazim abdulaziz
abdulboriy abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil abdulkarim abdulla abdullah
abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid abdurrahiym abdurrahmon
abdurrauf abdurrazzoq abdussamad abe abebi abeiku abelard abelardo abelin abeline abena abendam abeni abenzio
abhaidev abhaya abhirath abhisyanta abı abibatou abibo abidin abigaël abigaelle abigail abigale abigayle
abigél abılay abimbola abiodun abiola abiona abisola abisoye abluç abner abosede abou aboubacar aboubakar
abrahamo abramio abramo abril absalon abşar absolon aby abyasa acace acacie acacio acanthe acar acario
acaryatanaya accursio açela açelya achaire achalesvara acharyanandana acharyasuta achil achiles achille achim
achintya achraf achyut açığ açık açılay acilia acilio aćim aciscolo acrisio açuk aculina acun ada adah adalan
adalard adalardo adalbald adalbaude adalbéron adalbert adalberta adalberto adaldı adalfredo adalgisa adalgiso
adaline adalmış adalric adalrico adalsinde adam adama adame adamo ādams adan adar adaş adaugo adberilgen addie
addison addo addolorata adea adebankole adebiyi adebola adebowale adeboye adebukola adedaramola adedayo
adedeji adedoyin adegoke adegrin adegrine adekitan adekola adekunle adéla adelaida adélaïde adelajda adelardo
adelasia adelbert adelberto adelchi adeleke adelfo adelgardo adelia adélie adelin adelina adeline adeliya
adell adella adelmo adelphe adeltrude adelya adenet adenike adeniyi adéodat adeodato adeola adeolu adeoti
adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adheesh adhémar adhiarja adhiraj
adhrit adi adiarja adib adiba adigun adıgüzel adık adika adikara adikavi adıkutlu adıkutlutaş adil adile adin
adina adinata adinath aditeya aditya adityanandan adityanandana adja adjutor adlı adlıbeğ adnân adolf adolfa
adolfína adolfo ādolfs adolph adolphe adolphie adolphus adone adrain adraman adrastée adrehilde adria adriaan
adrian adriana adrianna adriano adriel adrien adriena adrienne adrijana adrione adripathi adsız adunni advaya
adwitiya adwoa afanasi afanasie afaq affan afi afia afitap afolarin afonso afra afruza afşar afşın afua afzuna
afəl afərim afət ağabay agabio agafia agâh ağakağan ağalak agamennone agapito agasti agastya agáta agatha
agathange agathe agathon agaton agazio ağça agenore agesilao agilbert agilberte aglae aglaia aglaja ağlamış
agnan agnane agneflète agnes agnesa agnese agneta agneya agnieszka agnimitra agniprava agnivesh agnos agostina
agostino agrata agripina agripino agrippa agrippin agrippine agrypina agus agustin agustina ahalya ahenk
ahilya ahlem ahmad ahmed ahmet ahror ahsen aiace aicha aida aidan aidano aidə aileen aimable aimé aimee aimone
aïna ainārs aino aisha aishani aïssa aïssata aissatou aisyah aiyana ajala ajan ajana ajani ajda ajeet ajeng
ajiman ajimat ajimin ajiono ajit ajita ajla ajlin ajna ajoke akalp akande akanmu akanni akarsana akata akbaş
akbatur akbay akboğa akbörü akbudak akbuğra akbulak akça akçakoca akçora akdemir akdoğan akeem akıbudak akif
akifa akım akınçı akıner akinkunmi akinlabi akinwale akkun akkunlu akkurt akkuş akmal akofa akorfa akos akosua
akpıra akram akroor aksel akshainie akshaj akshat akshata akshayakeerti akshita aksil aksungur aktan aktekin
aktimur akua akula akumaa akunna akvelīna akwasi akwesi ala alaba alaban alabörü aladağ alade aladino aladoğan
alain alaina alaine alaïs alakurt alamanno alambana alamu alan alana alanis alanna alano alara alarico
alassane alayna alayunt alayuntlu alba alban albane albano albena albérade albéric alberico albert alberta
alberte albertha albertina albertine albertino alberto albertýna albín albína alboino albrecht albrico alceo
alceste alcestiso alcibiade alcide alcidie alcime alcina alcine alcino alcyone alda aldegonde aldemir
aldıgerey aldo aldobrando aldoğan aldonce aldric alea aleandro aleardo aleaume alec alejandra alejandrin
alejandro alek aleksa aleksandar aleksander aleksandra aleksandro aleksej aleksi alekso aleksy alemka alena
alene alenia alenka aleodor aleramo alesea aleška alessa alessandra alessandro alessia alessio aleth aletha
alevtina alex alexa alexander alexandr alexandra alexandre alexandrea alexandria alexandrina alexandrine
alexandro alexandros alexandru alexane alexanne alexe alexei alexej alexia alexie alexine alexis alexys
alexzander aleya aleyna alfio alfons alfonsa alfonsino alfonso alfonz alfonzo alford alfréd alfréda alfredo
alfrēds aļģirds aļģis algiso algu ali alic alica alican alice alicia alicja alico alida aliénor aliette
alighiero alika alima alımga alin alina aline aliona aliou alioune alis alisa alişan alisha alisher alişir
alison alissa alissia alistair alistar alivia alix alixe aliya alíz aliza alize alizee aljaž aljoša alka
alkabölük alkaevli alkan alkaşı alkış allegra alliaume allison almerigo almila almine almira almire almiro
alois aloïse aloisie aloisio aloīzs alojz alojza alojzije alok alon alonzo aloys aloyse alpagut alpamış
alparsbeğ alparslan alpata alpay alpaya alpaykağan alpbamsı alpbilge alpdirek alpdoğan alperen alpertunga
alpgerey alphan alphée alphonse alphonsine alphonso alpike alpilig alpinien alpış alpkara alpkülük alpkutlu
alpşalçı alptegin alptuğrul alptunga alpturan alptutuk alpuluğ alpurungu alpurungututuk alpyörük alsu alta
altan altankağan altankan altay altea altemur althée altın altınkağan altınkan altınoba altıntamgan
altıntamgantarkan altıntarkan altıntay altmışkara altuga alva alvah alvar alvaro alvena alvera alverède
alverta alviero alvin alvina alvīne alvis alvise alwar aly alya alyah alyce alycia alysa alysha alyson alyssa
alyssia alysson alžběta amabela amabile amaç amadea amadeo amadeus amadou amady amaël amahle amalia amaliane
amálie amalija amalio amalric amalthée amand amande amandin amandine amando amani amanzio amar amara
amaranaath amarande amaranthe amaranto amaresh amari amarnath amáta amath amato amatore amauri amaury amaya
ambar ambra ambre ambrine ambrogio ambroise ambroisie ambrose ambrosiano ambrož ambroży amdy amea amédée
amedeo amedeu amel amelia améliane amélie amélien ameline amelio amely amelya americo amerigo ameth améthyste
ameyatma ami amicie amico amie amiel amilcare amin amina aminat aminata aminte amintore aminu amir amira amit
amita amiya amleto ammâr amodini amogh amon amone amope amos amparo ampelio amra amrak amrit amrita amritambu
amul amy amya amza ana ana-maria anaadi anabel anabela anabelle anacleto anae anaël anaëlle anagh anahi
anahita anaida anais anala anamaria anamarija anamika anand ananda anandamayi anang ananta anar anas anasooya
anass anastacio anastase anastasia anastasie anastasija anastasije anastáz anastázia anastázie anastazija
anastazio anastazja anasuya anatázie anatol anatole anatoli anatolia anatolie anatolii anca ancelin anceline
anci ancica ancilla ançuk ancuța anda andaç andarıman anděla andělín andělína andelko andelo andéol anderson
andi andjelina andoche andra andrada andras andraž andre andrea andreane andreanne andreas andreea andrei
andrej andreja andreo andrew andri andrian andriana andrija andrijana andrin andrina andris andro andromeda
andrzej andy andžejs andżelika andžs anej anele anemona anesa aneta anette anežka angadrême ange angela
angelika angelina angeline angelino angelique angelita angelo anggabaya anggun anghel anghelina angie angilbe
angilberte angilran angoustan angus ani ania anibal anica anicée anicet aniceto anicette aniello anik anika
anil anila anilaabh anilabh anina anis anish anișoara anissa aniya aniyah anja anjali anjaneya anjela anjelica
anjolaoluwa anjushree anjushri anka ankal anko ann-christin ann-marie anna annabel annabell annabella
annabelle annaëlle annagrazia annalena annalise annamae annamaria annamarie annapurna anne anne-laure
anne-marie anne-sophie anneke anneli annelie annemarie annemijn annetta annette anni annibal annibale annie
annika annikki annonciade annunziata anny anom anora anouar anouck anouk anrijs ansaldo ansbert ansberte ansel
anselm anselma anselme anselmo ansgar ansgary anshula anšlavs ansley ansovino anstrudie antal antea antek
antelmo antero anthelme anthelmette anthony antigone antim antimo antino antioco antoaneta antoine antoinette
anton antone antonela antonella antonello antonetta antonette antoni antonia antonie antonietta antonija
antonín antonina antonine antonio antoniu antono antony antti antun antwan antwon anuar anuja anunay anuraag
anurag anuška anusuya anuța anvar anwesha anya anže anđela anđelika anđelina apak apatarkan aphélie apolena
apollina apollinaire apollinare apollinary apolline apollo apollonia appia appoline aprançur apsara apuleio
aqil aquilin aquilino arabela arabella arabelle araboğa araceli aracely arademir aral araldo aram arame aranka
ararat aratone arbay arbuz arcadi arcadie arcadii arcadio archambaud archan archange archibald archie
archimede archippo arcibaldo arçuk arda ardella ardıç ardith ardito arduino aresio areta argelia argentina
argıl argimiro argine argo argono argu argun ari ariadna arialdo ariana ariane arianna ariberto arıboğa aric
aricie arie ariel ariela arif arij ārija arijit ārijs arık arıkağan arıkdoruk arike arîn arina arınç arindam
arinola arion ariosto aris arisa aristarco ariste aristeo aristid aristide aristione aristița aristo
aristofane aristotele arjen arjun arkád arkādijs arkadiusz arkady arkın arkış arlene arleta arlette arlie arlo
armağan arman armance armand armande armandine armando armani armel armeline armelle armida armide armin
armine arminio armīns arna arnaç arnaldo arnaud arnaude arne arnesh arno arnold arnolda arnoldo arnošt
arnoštka arnould arnulfo arolde áron arona aronne arpád arpat arrigo arsal arsènie arsenije arseniusz arsıl
arsinoé arsipatra arslan arslanargun arslanbörü arslansungur arslantegin arslanyabgu arslon arşun arta artanto
artawan artémis artemisa arthaud arthème arthur arthurine arthus artıınal artiom arto artuk artukaç artur
arturo artūrs artuš artut aruk arun aruna arunthavanathan arved arvel arvid arvīds arvilla arwa arwen arya
aryan aryanna arystarch asa asad asadulloh asake asal aşan aşanboğa aşantudun aşantuğrul asartegin ascanio
ascelin asceline asdrubale asel asella asha ashlee ashleigh ashlesh ashley ashlynn ashmi ashok ashton ashtyn
asia asığ asija aşıkbulmuş asil asila asilbek asım asimodeo asirwada asirwanda asiya asja aşkın aslesha
aslijan aslım asliya asma asmaa asmadi asmianto asmita asmuni asolat asrı assa assetou assia assil assomption
assunta assunto assya asta aştaloğul astarté astérie asterio astianatte astou astrée astrid astrida asuela
asuğ aşuk aswani asya ata ataç atakağan atakan atalan atalay ataldı ataleo atalmış ataman atanas atanasia
atanasio atanázie atanazy atasagun atasu atâullah atberilgen atena athalie athanase athanasie athena athénaïs
athina athos atıf atıgay atıkutlu atıkutlutaş atila atılgan atilla atım atımer atinuke atış atlı atlıbeğ
atlıkağan atma atmaca atmaja atmanand atmananda atreyee atreyi atsız atta attila attilano attilio atunçu aube
aubertine auberto aubin aubree aubrey aubry audace audebert audeline audie audouin audra audran audreanne
audrey aŭguĉjo augusta auguste augustin augustina augustine aŭgustino augusto augustýn augustýna aulia aure
áurea aurel aurèle aureliana aureliano aurélie aurélienne aurēlija aurelio aureliu aurelle aurian auriane
aurica auro auron aurore ausilia ausiliatrice ausilio austen austin austyn auxane auxence ava avadhesh avan
avani avantika avar avaz avdal aveline averardo avery avi aviel avigaëlle avital avluç avni avoye avram avril
avşar awa awar awaz awero awesi axeline axenia axinte aya ayaan ayaçı ayan ayana ayanda ayas ayaz aybalta
ayban aybars aybeğ aydan aydarkağan aydemir ayden aydın aydınalp aydoğan aydoğdu aydoğmuş ayebatari ayem
aygırak aygül aygün ayhan ayinde ayinke ayıtmış ayız ayızdağ ayize aykağan aykal aykan aykurt aykut ayla aylan
ayleen aylin ayline ayluç ayluçtarkan ayma ayman aymane aymard aymardine aymen aymeric aymon aymonde aynur
ayodeji ayodele ayoka ayomide ayomikun ayotude ayoub ayren ayruk aysar ayse ayşıl aysılığ aytaç aytak aytekin
aytuğ aytən ayu ayushmati ayvaz ayyıldız aza azad azak azalée azamat azban azeglio azelia azélie azeline
azelio azgan azganaz azıl azîme aziz aziza azizhan azmi azra azubuike azzurra baaba baala baalaaditya
baalagopaal babacan babacar babasola babatunji babawale babeta babette babila babır babur baçara baççayman
bacco baçman badabul badis badr badruk badur bafana bafode bağa bağaalp bağaışbara bağan bagas bağaşatulu
bağatarkan bağatengrikağan bağatur bağaturçigşi bağaturgerey bağaturipi bağatursepi bağdagül bağış bagiya
bağtaş bagus bagya baha bahadır bahar bahia bahodir bahri bahriddin bahrom bahtiyar bahula bahuraksa bahuwarna
bahuwirya baidehi baijayanti bailee bajragin bakağul bakary bakda bakhtiyor bâki bakiadi bakianto bakidin
bakijan bakiman bakiono bakır bakırsokum baksı bakti baktiadi baktianto baktiono bakula bala balaaditya
balaban balachandra baladitya balagopal balagovind balaka balakatay balamani balamantri balamır balangga
balapati balázs balçar baldassarre balderico baldo baldomero baldovino baldu baldwin balgopal balidin balijan
balın bálint balkık balta baltacı baltar baltazar balthazar baltır baltur bambang bambina bamsı banara banawa
banawi bancar bandhu bandhul bănel bangizwe bangu banji bankim bankimchandra bankole banna banu baņuta
baraktöre bārbala barbara barbarigo barbe barbeğ barboğa barbol barbora barbro barbu barbulsun barça
barçadoğdu barçadoğmuş barçadurdu barçadurmuş barçan barçatoyun barchinoy bardıbay bardo bardomiano bargan
barica barımtay barın baris barkan barkdoğdu barkdoğmuş barkdurdu barkdurmuş barkın barlas barlıbay barmaklak
barmaklı barnaba barnabáš barnabé barno barrett barry barsaba barsbeğ barsboğa barsgan barsimeo barskan
barsurungu barthélemy bartholome bartimée bartolo bartolomea bartoloměj bartolomeo bartolomeu barton bartu
basademir başak basan basanti basanyalavaç basar basarab basat başbuğ başçı başgan basile basileo basilia
basilio basilisse baskın başkırt başkurt basma basmıl bassiano bassilla baştar bastı bastiaan bastian bastiano
bastien bastuğrul basu basut bathilde batilda batrak battal battista batu batuhan batuk batur baturalp baŭcido
baudouin bawer baya bayançar bayankağan bayat bayazıt baybars baybayık baybiçen bayboğa baybora baybüre baydar
baydemir baydur bayık bayınçur bayındır baykal baykara baykoca baykuzu baylee baymünke bayna baynal baypüre
bayraç bayrak bayrı bayrın bayruk baysungur baytara baytaş bayunçur bayur bayurku bayutmuş bayuttu baz bazil
bazır bazyli beáta beato beatrice beatrico beatrix beatriz beatrycze beatus beaulah beçeapa beçkem becky bedir
bedirhan bediz bedran bedreddin bedri bedřich bedřiška beğarslan beğbars beğbilgeçikşin beğboğa beğçur
beğdemir beğdilli beğdurmuş begi begil begitutuk beğkulu beglen begni begoyim beğtaş beğtegin beğtüzün behçet
behiç behlül behram behrem behruz behzat bekazıl bekbekeç bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir
beklemiş bekmurod bektaş bektür bela belçim belçir belek belemir belgi belgüc belimir belina belinda bella
bellino belma belo beltir beltramo beltun beňadik bence bendegúz benedek benedetta benedetto benedict
bénédicte benedikt benedikta benedita benedykt benett bengi bengü beniamin beniamina beniamino benice benício
benigna benigno benito benja benjamim benli benlidemir bennet bennett bennie benno benny benoît benone benthe
bentley benton benvenuta benvenuto benyamin bera béranger bérangère bérard berardo berat berçem berceste
berçin berdan berdibeğ berendey berengario berenice berenico berenika berfîn berginsenge bergü berinay
berislav berit berîtan berîvan berkan berkay berkin berkiş berkyaruk bermek bernadetta bernadette bernadine
bernard bernarda bernardo bernd berneice bernhard bernice berniece bernita beronico berran berre berta
bertalan bertha berthe berti bertille bertilo berto bertold bertolda bertoldo bertolfo bertram bertrand berva
beşar besentegin besim beşir besra bessie betania betemir beth bethany bethel beti betina betsy betta bettie
bettina betty bettye beulah beuve beverly beya beyizçi beyrek beyrem bhaanumati bhaasvan bhaaswar bhadra
bhadrak bhadraksh bhadran bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat
bhardwaj bhargava bhargavi bhasvan bhaswar bhaumik bhavani bhaves bheeshma bhekimuzi bhekizizwe bhekumbuso
bhilangana bhima bhisham bhishma bhoj bhoopat bhoopati bhooshan bhooshit bhramar bhudev bhudeva bhupati bhupen
bhushan bhushit bhuvanesh bhuvaneshwar biagio bianca bianka bibek bibi bibiana bibianna bibiano bíborka biçek
bıçkı bıçkıcı bıdın bigna bijay bikash bilal bilel bilgebayunçur bilgebeğ bilgeçikşin bilgeışbara
bilgeışbaratamgan bilgekağan bilgekan bilgekülüçur bilgekutluk bilgetaçam bilgetamgacı bilgetardu bilgetegin
bilgetonyukuk bilgez bilgiç bilgin bilig biligköngülsengün bilik biljana billie billurə bilol bilva bilwa bina
binafsha binbeği bindir bindo bineta bino binta bintou birane birgit birgita birgitta birgitte birino birjesh
birol bisenija biserka bishal bishnu bıtaybıkı bıtrı bivoj bjarne björn bjørn blagica blagoje blahomil
blahomila blahomír blahomíra blahoslav blahoslava blair blaise blanca blandine blanduzia blanka blaž blažej
blažena boaz boban bobana bobbi bobbie bobur bodhan bodhi bodi boğaç boğaçuk bogdan bogdana boglárka bogoljub
bögü bohdan bohdana bohémond bohuchval bohumil bohumila bohumír bohumíra bohun bohuna bohuš bohuše bohuslav
bohuslava bojan bojana bojislava bolatito boldaz boldizsár bolemír boleslav boleslava boļeslavs bolmuş bolsun
bölükbaşı bolun boluwatife bonagiunta bonaldo bonaventura bonavita boncuk bönek bonginkosi bongul bongulboğa
bonifác boniface bonifacio bonita bonnie bora boran borbála borçul borek boris borislav borislava bořivoj
borivoje borjan borka borko borlukçu borna bornak boróka börteçine bortolo börü börübars börüsengün borut
borys bosiljka boško botan botir botond bouba boubacar boubou bouchard bouchra bowie boyan boyankulu boylabağa
boylabağatarkan boylakutlutarkan boža bozan bozbörü bozdoğan božena božetěch božetěcha božica božidar božidara
božislav bozkurt bozkuş bozok bradford bradley brăduț brady braeden brahim brahma brahmaanand brahmabrata
brahmanandam brahmdev brajan brájen brajendra brajesh brancaleone brandi brando brandon brândușa branimír
branimíra branislav branislava branka brankica branko brannon branson brant bratislav bratislava braulio
braxton brayan breana breanna breanne brenda brendan brendon brenna brennan brennon breno bret břetislav
břetislava brett bria briac brian briana brianne brice bridgette bridie brieuc brigida brigita brigito
brigitta brigitte brijesh brionna brisa brit brita britney britt-marie brittany brock broderick brody
bronislav bronislava broņislavs brooke brooklyn bruce bruna brune brunehaut brunehilde brunhilda brunilde
bruno bryan bryana bryant bryce brycen brygida bryon buçan buchi bucur budağ budak buddha buddhana budhil budi
budimír budislav budivoj budunlu büdüs büdüstudun buford buğday bügdüz bügdüzemen buğra buğrakarakağan bügü
büğübilge buhle bukak bukaktutuk bükdüz bükebuyraç bükebuyruç bükey bukola büktegin büküşboğa bulaçapan bulah
bulak bulan buldur bülent bulgak bulmaz bulmuş buluç buluğ buluk buluş bulut bümen bumın bunmi bunsuz bünül
bünyamin burak burçak burdette burguçan bürgüt burhan burhon burkay bürkek bürküt burley bürlük burnice
burslan burulday burulgu burunduk busayo busisiwe buşulgan butak butuk buyan buyançuk buyandemir buyankara
buyat buyraç buyruç buyruk buzaç buzaçtutuk byron bystrík błażej bəhram bəhruz bəxtiyar bəyaz çaba çabdar
çablı çabuş cade caden caetana cafer cagak çağan çağatay çağdaş cager çağıl çağla çağlar çağlayan çağrı
çağrıbeğ çağrıhan çağrıtegin çağru cahid cahya cahyadi cahyanto cahyo cahyono caino caio caitlin caitlyn caius
cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa calanico çalapkulu calcedonio cale caleb calebe caleigh
cali călin calina calista calixte callie callisto callum calogera calogero calpurnia calvin camden camélien
cameron camil camila camilia camilla camille camillien camillo camren camron camryn camylle cana canalp
candace cândar candelario candice candide candido candra candrakanta canel cangül cankan çankız cannur cansel
cansın cansu cantemir cantidio canziano capa capitolina capucine caraka carey caribert caridad carina carine
carissa carl carla carlee carles carleton carley carli carlie carlijn carlo carloman carlos carlota ĉarloto
carlotta carlton carmel carmela carmella carmelo carmen carmina carminho carmo čarna carola carolanne carole
carolin carolina caroline carolyn carolyne caronte carponio carrie carroll carson carub cary casandra casey
casian casiana casilda casimer casimir casimira casimiro časlav caspar casper cassandra cassandre cassiano
cassidy cassie cassien cassio cassiopea cassiopee castille casto cataldo cataleya cătălin catalina catarina
catena caterina catharina catharine catherine cathrine cathryn cathy catinca cato catrin catrina catrinel
catullo catur caturangga cauã cavid cawisadi cawisono cawuk cayadi cayla cazimir ceasar cebe cecco cecelia
cecep cecil cecile cecilia cecilie cecilio cecylia cecyliusz čedomir cedric cedrick cedrik cedrin celal
celâleddin celasun céleste celestin celestina celestine celestino celestýn celestýna celia celian celie célien
çelik celil celina celine celinia celso cem cemal cemali cemani çemen cemeti çemgen cemil cemplunk cene čeněk
cengkal cengkir cenk čeňka cerasela ceren césaire césar cesare cesario çeşminaz čestmír čestmíra çetin çetinel
çetiner cevahir cevat ceyda ceyhun çeykün ceyla ceylan ceylin ceylinaz cézar cezara cezary cezmi chaanakya
chaaruchandra chadd chadrick chahine chahinez chaim chaïma chaitan chakor chakradhar chakravartee chakravarti
chakrika chanakya chanda chandak chandan chandani chandi chandini chandira chandni chandra chandraayan
chandrabhaga chandrabhan chandradev chandrakala chandraketu chandrakin chandramani chandramauli chandramohan
chandran chandranath chandrani chandraprabha chandraswaroopa chandravati chanel chanelle chantal chapal
chapala charak charl charlaine charleen charlemagne charlene charles charley charli charline charlize
charlotta charlotte charuchandra charumati charuvrat charvi chasity chatur chatura chaturaanan chaturbhuj
chauncey chaya chayenne chayma chaz cheick cheick-oumar cheikh cheikhou chekhouna chelsea chelsey chelsie
cherechi cherif cherubino cheryl chesley chester chetan chetanaanand cheyanne cheyenne chiaffredo chiamaka
chiara chidaakaash chidaatma chidambar chidambaram chidananda childebert chilpéric chimamanda chinedu
chinmayanand chinmayananda chinyere chira chiranjeev chiranjeeve chiril chirill chirine chisom chitraksh
chitrali chitramala chitrangada chizoba chloe chrabroš chraniboj chranibor chranislav chranislava chrétien
chris christ christa christelle christer christiaan christiana christiane christiano christie christina
christodule christoffer christop christoph christophe christopher christy chrudoš chrysole chrysostome chukwu
chval chyna ciaobella ciara çiçek çiçem cici cielo cierra çiğdem çıgıl cihad cîhan cihangir cihanşah cılasun
çilay çilenti çiler cilvenaz çimen cindy çıngır cino cinta cinthia cinzia ciprian cipriana cipriano cirano
ciriaco ciril cirilla cirillo cirino ciro çişem çisil čistoslav čistoslava citlalli citra civan çîya claas
claes clair claire clara clarabelle clare clarence clarenzio clarisa clarissa claud claude claudia claudie
claudien claudine claudio claudiu clavdia clayton clea cléandre cleandro clelia clélie clémence clemens
clementina clemenzia clemmie cleo cleofe cleonico cleopatra cleophee cleora cléry cleta cletus cleve cleveland
clifford clifton climaco clinio clint clinton clio clodomiro clodoveo cloe clorinda clotaire clothilde
clotilde clovis cloyd clyde çobulmak coby çocukbörü codin codrin codrina codruț codruța cody cointa çokramayul
colby coleman colette coline colins çolman colmanno colmazio colomba colombano colombe colombo çolpan colton
çölü columbus concepcion concetta concetto conchita concordio connie connor conor conrad consolata constança
constance constanța constantia constantin constantina constatin consuela consuelo cora coralia coralie
coraline corbin corbiniano cordelia cordell cordia cordie corene coreno corentin corentine corey corina corine
corinna corinne coriolano cornel cornelia cornelio cornelis corneliu cornelius cornell coronato corrado
corrine cortez cortney corto corvin cory cosima cosimo coşkun coşkuner cosma cosmin cosmina costache costante
costantino costanza costanzo costel costin coty coumba courtney craig crawford cremenzio crenguța creola
crescente crescenzia crescenzio crespignano crin crina crispino cristal cristaldo cristea cristian cristiana
cristiano cristin cristina cristobal cristofor cristoforo cristopher crocefissa crocefisso cronida cruz
crystel csaba csanád csenge csongor ctibor ctibora ctirad ctirada ctislav ctislava cübeyr cullen cumhur
cunegonda cüneyt cuniberto curtis cuzia cvetka cvijan cvijetin cydney cynthia cyntie cyprián cyprien cyra
cyrian cyriaque cyrielle cyril cyrila cyrille cyrine cyrus cyryl d'angelo daantje dabiživ dacian daciana
daciano dacin dacio dadap dadi daevi daevika dafina dafne dagel dağhan dagmar dagmara dagoberto daiana daija
dainuvīte daisha daiwik dajana dakota daksha dakshayani daley dalia dalibor dalibora daliborka dalida dalie
dalila dalima daliman dalimil dalimila dalimin dalimír dalimíra daliono dalla dallas dallin dalmazio damaris
damaso damayanti dameon damián damiana damiano damien damife damil damilare damilola damin damion damir damjan
damjanka damla damocle damodara damola damon damu dana danae danang dandak dandapaani dandre dangelo dani
dania danial danica daniel daniela daniele daniella danielle danielo daniil danijel danijela danika danil
danila danilo danio danique daniswara danjuma danka danko dannie danny danu danuja danuše danuta dany danyka
danyl daouda daphne daphnee daphney dara darasimi darby darcy darek daria darian dariana dariati darie darien
darija darijan darimin darin darina darine darinka dario darion daris darius dariusz darja darko darla darleen
darlene darmaji darman darmana darmanto darnell daron darrel darrell darrick darrin darrion darron darryl
darshan darshwana darsirah dārta dartono daru daruna darwin daryani daryl dasa dashawn dasia datta dave davey
davi david davida davide dāvids davin davina davino davion dāvis davon davonte davor davorin davriya davron
davud davy dawid dawson dax dayaamay dayaananda dayaanidhi dayamayee dayana dayane dayna dayne dayton dea
deangelo deanna debbie debora deborah debra decebal decimo declan dedric dedrick deeksha deenabandhu deepali
deepan deepankar deependra deepesh deepika deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy
deeptimoyee deevakar defne degna deion dejah dejana dejon dejuan delal delaney delbert delfina delfino delia
delilah delinda delizia della delmer delores delpha delphia delphine demarco demarcus demario demba demet
demeter demetra demetria demetrio demetris demetrius demetriusz demilade demiralp demirhan democrito demostene
dena deneval denis denisa denise denisz deniz denizalp dennis denny deodata deodato deondre deontae deonte
děpold dereck derek derick derin deron dêrsim derviş derya desanka desdemona deshaun deshawn desiderato
desiderio desimir desmond despina dessie destan destany destin destinee destiney destini dětmar dětřich dev
devadatt devagya devajyoti devak devangana devani devante devasree devdan deven devesh deveshwar devi devika
devin devon devota devran devvrat devyn dewayne dewey dewi dewitt dex dexter dexx dezider dhaanyalakshmi dhana
dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh dhanpati dhanu dhanvin dhara dharani dharitri dharmaketu
dhatri dhruv dhyanesh dhyaneshwar diah diana diane dianna dianne dianora diar diara diarra dîcle diclehan dida
didem didier didimo didina diego dieudonné dieudonnée dieynaba digambar digambara digdaya dijana dikmen diksha
dilafruz dilan dilara dilarə dilaver dilay dilbar dilber dilberay dildar dildora dilek diler diletta dilfuza
dilhan dillan dillon dilmurod dilnoza dilorom dilovan dilrabo dilruba dimas dimaz dimitri dimitrii dimitrij
dimitrije dimitrina dina dinakar dinç dinçer dinda dinesh dinis dinkar dinu diocleziano diodata diodoro
diogene diogo diomede dion dione dionigi dionisia dionisio dionizy dionýz dionýzos dior dipa dipali dipankar
dipendra dipesh diptendu direnç diri dirja dîroj dîrok dita ditte-marie ditya divaakar divakar diviš diviška
divjot divna divo divya diyor diyora dizik djayden djeneba djenna djibril dluhoš dmitri dmitrii dobrava
dobrila dobromil dobromila dobromír dobromíra dobroslav dobroslava dochia doda dodato doğan doğanay doğaner
doğu doina doinita dolunay domagoj domenic domenica domenick domenico domenik domezio domingo dominic dominick
dominik dominika dominique domitille domiziano domnica donald donalda donaldo donáta donatella donatello
donato donavon döndü donka donnell donnie donny dono dora dorana dorcas dorel dorian doriana doriane doriano
dorica dorin dorina dorine dorinel doris dorit dorka dorli dorota dorotea doroteja doroteo dorothea dorothée
dorothy dorottya dorris dortha dorthy doru doubrava doubravka douce doug douglas dounia dov dovie dovud
doyinsola doyle draga dragan dragana dragica draginja dragiša drago dragoje dragojlo dragoljub dragomir dragoș
dragoslav dragutin drahomil drahomila drahomír drahomíra drahoň drahoš drahoslav drahoslava drahotín drahotína
drahuše drahutin drajat draupadi draža drina driss dron drona druina držimir držislav dua duane duanne duarte
dubravka dubravko duccio duco ducu dudley duduzile duilio dujo dulari dulce dulina dumisani dumitra dumitrana
dumitrita dumitru duncan dündar dunja dünya durante dürdane durdona durga durgeshwari durmuş durodola dürriye
duru dururbunsuz durward dušan dušana dušanka dušica duška duško dustin duuk duygu dwaipayan dwaipayana dwayne
dwi dwight dyah dylan dylano dyna dzīle dzirkstīte dəniz earlene earline earnestine easton ebba eberardo
ebiere ebin ebiowei ebkızı ebren ebru ebunoluwa ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel ecrin
ecvet eda edda eddi eddie edelberga edgar edgard edgardo edgaro edgars edhem edi edil edilberto edison edita
edith editta ediz edmée edmond edmondo edmund edna edoardo édouard eduard eduarda eduardo eduards edvard
edvarda edvige edvin edvīns edward edwardo edwin edwina edyta edyth edythe edžus eef eefje eekalabya eero eeva
efe effie efim efimia efisio efken eflah efraim efrain efrem efren efrosinia efsun eftalya eftimia eftimie ega
egeo egidio egīls eginardo egisto egizia egle egmont egona egor eğrim eileen einar einārs eino eirik eižens
eja eka ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekeç ekim ekin ekmel eko ekow ekrem ekundayo
ela eladio elaide elaina elaine elakshi elanur elbek elbert elçin elda eldon eldor eldora eldred eldridge elea
eleanor eleanora eleanore eleazar electa elena eleni elenor elenora eleonora eleonore eleonoro elettra
eleuterio éleuthère elfrída elfrieda elgin eli elia eliabeth eliah eliahou elian eliana eliane eliano eliáš
eliasz élie eliel eliette eliezer elif elifio eligio elija elijah elimena elin elina eline elinor elinore elio
eliodoro elion eliona elior eliot eliott elisa elisabet elisabeta elisabeth elisabetta elisaveta elise elisea
élisée eliseo elisha elísio eliška elissa elita eliza elizabet elizabeta elizabeth elizabeto elizaveta elize
elizej elizeus elizo elka elkin ella ellada ellen-margrethe elli ellie elliot elliott ellis ellsworth elly
elma elmar elmārs elmas elmer elmira elmo elmore elmurod elna elnarə elnora elnur eloá eloan eloane elodia
élodie elody elogio eloi eloisa eloise elona elone elora elouan elouise eloy elpidio elroy elsa elsbeth elsie
elta elti elton eluh elva elvan elvera elvezio elvia elvie elvin elvina elvino elvira elvire elvis elwin
elwira elwyn elya elyanora elyas elyes elyne elynn elyor elyse elyssa elza elżbieta élzéar ema eman emanoil
emanuel emanuela emanuele emanuelly emanuil emas embuh emced emeka emel emelia emelie émeline emely émérance
émérencie émeric emerich emerson emese emi emidio emie emiel emil emile emili emilia emilián emiliana emiliano
emilie emilien emilija emilijan emilio emīls emily emin emine emirhan emma emmalee emmanuel emmanuelle emmelie
emmely emmerico emmet emmett emmi emmie emmitt emmy emna emong emory empirio empluk emrah emre emrullah emy
ena enakshi endah enderun endra endrigo enea enecone engelbert engin enguerrand enid enie enimia enio eniola
enis enise enna ennio enno enoch enola enora enos enrica enrico enrique ensar ensio enteng enver enya enyo
enzo ephraim épiphane eracla eraclide eraldo eralp erardo erasmo eray erazim erazmus erberk erberto ercan
erçin ercolano ercole ercüment erda erdal erdem erdeni erdenikatun erdeniözük erdinç erel eremia erenia
erentüz ergene ergenekatun ergin ergün ergüner erhan erhard eriberto eric erich erick ericka erico erik erika
ēriks erinç erkâm erkân erke erkki erling erma erman ermanno ermelinda ermenegarda ermenegilda ermenegildo
ermes ermete ermilo erminia erminio ermīns erna erneĉjo ernest ernesta ernestina ernestine ernestino ernesto
ernie erol eron erşan ersilia ersin ertan ertenözük ertuğrul ervín ervína ervīns erwan erwann erwin eryn esat
esaù esben esenbike esha eshana eshita esi esin esma esmee esmeralda esmeray esmira esperanza esra eşref essie
esta esteban estefania estel estela estell estella estelle estera esterina estevan esther estiawan estiono
estrella esuperio esupofo eszter etela eterie etha ethan ethel ethelyn ethem etienne etil ettie ettore eubert
euclide eudes eudochia eudokia eudoksja eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio
eufrosina eufrozina eugen eugenia eugenie eugenio eugeniu eugeniusz eula eulah eulalia eulálie euna eunice
eunika euphrasie euridice eurydice eusèbe eusebia eusebie eusebio eusebiu eusebius euseo eustache eustațiu
eustorgio eustosio eustracjusz eutalia eutalio evald evaldo ēvalds evalyn evandro evangelina evangeline
evanghelina evann evans evar evarist évariste evaristo evasio evdochia evdokija evelien eveliina evelin
evelina eveline evelino evelyn evelyne everardo everett everette evgheni evghenia evghenii evi evidio evie
evîn evo evodio evran évrard evremondo evren evşen evy evžen evženie ewa ewald ewan ewatomi ewelina ewell ewen
ewenn eya eyal eyiz eylül eymen eyram eyşan eytan eythan eyüp ezechiel ezechiele ezekiel ezequiel ezio ezra
ezrak fabia fabián fabiána fabiano fabie fabien fabienne fabijan fabio fabiola fabrice fabrícia fabrício
fabrizio fadekemi faderera fadi fadıl fadime fady fahrettin fahri fahriddin fahriye fahrünissa faik faiq
faizah falba fâlih falk famiano famke fanika fanni fannie fanta fantin fantine fanyana fara farah farangiz
fardau farhunnisa farida faris farouk farruh faruk fasih fathonah fatih fatim fatima fatimata fatimo fatimə
fatin fatma fatoş fatou fatouma fatoumata faust fausta faustin faustina faustine faustino fausto faustýn
faustýna favian faya faye fayen fayenne faysal fayzbek fazıl fazilat fazilet fazio fazlı fazliddin fazullah
féba febi febriana febrina feda fedai fedde fedele federica federico fedor fedro fehime fehintola fehmi felice
felicia felicián feliciano felicie felicien felicita felicitas félicité feliks felina felipa felipe felix
felton femke femm fenja fenna fenne feodor feodora feodosia ferah feramuş feramuz feray ferda ferdi ferdinand
ferdinanda ferdinando ferdynanda ferenc ferhan ferhat feride feridun feriel feriha ferit ferman fermiano
fermin fermo fernanda fernando ferne ferre ferruccio ferruh feruza feryel festo fevronia fevzi feyyaz feyza
feyzullah fiacre fiammetta fibikemi fidan fidel fidelie fidelius fidenziano fidenzio fieke fien fiene fiete
figen fiifi fikayomi fikret fikri fikriye filemon filibert filiberto filip filipa filipe filipino filipp
filippa filippo filiz filofteia filomen filoména filomeno filotije filou fily finia finja finlay finley finn
finnja finnley fiodor fiona fionn fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firas firdavs
firdevs firmin firuzə fitrat fitri fitria fitriani flaminia flavia flavián flaviana flaviano flavie flavien
flavio flaviu flavius fleano fleta fletcher flo floare floarea flodoard floortje flor flore florea florence
florencia florencio florencja florent florența florentin florentina florentine florentýn florentýna florestan
florián floriana floriane floriano florica florida floridia florie florina florine floris flossie floy floyd
flurin flurina flynn foca fode folafoluwa folashade folco folu forrest fortunát fortunata fortunato fortunée
fos fosca fosco foss fotih fotima foucauld foulques fráňa franca francesca francesco francette franci francia
francine francis francisc francisca francisco francisko francisque franciszek franciszka franck francois
françoise franjo franka frankie franklin františek františka franz franziska freda freddie freddy frederic
frederica frederick frederico frederik frederike frederiko frederique fredrick fredrik fredy freeda freek
freida freja frenkie freya frída frido fridolín fridrich frieda friederike friedrich frontiniano frusina
fruzsina fryderyk fuat fulbert fulberto fulcran fuldem fulden fulgence fulgenzio fulvia fulvio fulya funani
funda funmilade funmilayo füreyya furio furkan furman furseo füruzan fuscolo füsun fuzuli fynn fərqanə fərəh
fəxriyyə g'affor g'afur g'iyos g'ulom gabe gabi gabin gabino gábor gabriel gabriela gabriele gabriella
gabrielle gabrielo gabrijela gada gadang gadis gaduh gael gaëlle gaetan gaetano gaffar gaglioffo gaia gail
gaiman gaio gaj gaja gajaadhar gajabahu gajadhar gajana gajbaahu galak galang galar galatea galdino galeazzo
galfryd galih galileo galina galiono gallicano galuh galur gaman gamani gamanto gambira gamblang gamze ganak
ganaka ganapati ganda gandewa gandharv gandharva gandi gandolfo ganep ganesh ganesha gangesh gangsa gangsar
ganjaran gantar gara garan garance garang garda gardner garett garfield garik garika garimberto garnett
garnier garrett garrick garry garth garud garuda gary gaspar gaspard gaspare gašper gasti gaston gastono gati
gatien gatik gatot gatra gatsha gaud gaudenzia gaudenzio gaudino gauraang gaurang gauranga gautam gautama
gautami gauthier gautier gautiero gavin gavino gavril gavrilo gavxar gawati gayatri gayle gazanfer gazi
gbadebo gbeminiyi gbemisola gbolahan gbowoade geanina gedeone ģederts geeta geetanjali gejza gelila gelin
gelincik gellért gelsomina geltrude gelu gema gemini geminiano gemma genadij gencer generosa generoso genesia
genesio geneva genevieve gennaro genoveffa genoveva genta gențiana genziano geo geoffrey geoffroy georg george
georgel georges georgeta georgette georgia georgian georgiana georgianna georgije georgina georgo geovanni
geovanny geovany geralda geraldina geraldine gerarda gerardina gerardo gerasim gerasimo géraud gerazim gerazym
gerberge gerbert gerda geremia gergely gergő gerhard gerharda gerino germain germaine german germana germano
gerolamo geronimo geronzio gerrit gerry gerson gertrud gertruda gertrude gertrudo gervais gervasio gesualdo
geta gevheri géza ghaliyati ghanaanand ghanashyam ghani ghanshyam ghenadi ghenadie ghennadi gheorghe gheorghi
gheorghii gheorghina gheorghiță gherardo gherghina gherman ghislain ghita gia giacinta giacinto giacobbe
giacomo giada giadero giambattista gian gianbattista giancarlo giandomenico gianfranco gianina gianluca
gianluigi gianmarco gianmaria gianmario gianna gianni gianpaolo gianpiero gianpietro gianuario giasone gibran
gică gicu gideon giel gifty gigi gigliola gilang gilbert gilberta gilberto gilda gildo giles giliola gillian
gillo gina gineto ginevra ginewra gino gioacchina gioacchino giobbe gioberto gioconda giocondo gioele gioia
gion giona gionata giordano giorgia giorgian giorgiana giorgio giosuè giosuele giotto giovani giovanna
giovanni giovanny giove gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj
giriraj girish girja girolamo gisela gisèle gisella gislebert gisselle gita gitanjali giuda giuditta giulia
giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta giustiniano giusto gıyas gizela gizem
gladyce gladys glauco gleb glenda glenn glenna glennie gligorije gobinda godeberta godfrey godiva goffredo
gojko gökalp gökben gökbörü gökçe gökçegöl gökçen gökçiçek gökmen göknur gökşin golda golia golub gomberto
gonca gonçalo gondebaud gondulfo gönenç gonerio göngör gonsalwy gonthier gontran gönül gonzaga gonzague
gonzalo gopaal gopal gopee gopi gorakhanatha gorakhnath goran gorana goranka gorazd gordan gordana gordiano
gordon görkem görün gosto goswamee goswami gothard gottardo gottfried gotum goundo gouranga goutam gövhər
govinda gracián graciána gracie graciela graciliano gracja gradimir grady granville grațian grațiana grațiela
grato grayce grayson grazia graziana graziano graziella gražina greg gregg grégoire gregor gregoria gregorian
gregorio gregory gréta gretchen greyson grga grgo grgur grigore grigori grigorije grimaldo griselda grizelda
grozdana gry grzegorz guadalupe gualberto gualtiero gúbio gudakesa gudakesha gudrīte gudrun guelfo guenda
guendalina guenièvre guérin guerrino guglielmo güher gui guiberto guido guilhem guilhemine guilherme guillaume
guillemette guillermina guillermo guiscardo guiseppe gula gülay gulbahar gulbaxor gülben gulchexra gülçin
güldem güldeste gülegen gülemen gülen gülgün gülhan gulistan guljamol guljaxon gülnaz gulnora gulnoza guloy
gülpembe gülriz gulseren gulsora gülsüm gültekin gülümser gulzira gulzoda gülər gumesindo gümüş gunārs günay
günçiçek gundelinda gündoğdu gündoğmuş güngör gunilla güniz gunnar günnur günsel günseli gunter günyaruk
gürbüz gürcan gürdal gurdev gürhan gürkan gürol gürsel gus gussie gustav gustava gustave gustavine gustavino
gustavo guus guusje güven güvenalp güvercin guyot güzey gvendolina gvozden gwen gwenaëlle gwendoline gwendolyn
gwido györgy habbab habib habiba habil haby hacib hadi hadja hadley hadriel hadrien hafi hafid hafız hafsa
hafshah hailee hailey hailie haïm hairyanto hajar hakan hakem haki hakim hakkı håkon haldun haleigh haley
halie halil halim halima halina hâlis halit hallie haluk hamdi hamdullah hami hamid hamidou hamima hamish
hamit hammâd hamsini hamza hamzah hana hanae handan hanefi hanga hani hania hanifa hanna hannabel hannah hanne
hannele hanno hannu hans-peter hans-rudolf hans-ulrich hansjörg hanspeter hansruedi hansueli hanuš haralamb
haralambie harald hardana hardi hardouin hari harimurti harinakshi harinarayan harit harita harja harjasa
harjaya harjo harley harmon harold haron haroun harouna haroune harriet harrison harsana harsanto harsaya
hartaka hartana harto harun harvey hasan hasano haseki hasibi hasim hasin haskell haşmet hasna hassan hassane
hassie hasta haštal háta hatem hatip hatouma hattâb hattie hauke hava havel havla hawa hawar haya hayal hayali
hayati haydar hayden haylee hayley haylie hazan hazar hazım hazle heda hedda hédelin hedi hedvig hedviga
hedvigo hedvika heema heidi heidrun heikki heinrich heinz heitor heja hektoro helena heleno helga hélio helios
helmut heloísa heloise henderson hendra hendri hendrika hennes henning henri henrich henrick henrie henrieta
henrieto henrietta henrik henrike henrique henry henryk henryka heracleea herbert herberta herluin herman
hermann hermenegildo hermína hermine herminia herminio hermiono hernán hershel herta hertha heru hervé
heryanto hester hesti hettie heval hêvî hiba hicabi hicham hidaya hidde hieronim hıfzı hikmat hikmet hilaire
hilal hilar hilario hilarion hilarius hilary hilbert hilda hildebert hildegard hillard hillary hillel hilma
hilmi hilola hilton himadri himani himawan ĥimeno himmet hincmar hipolit hipolito hippolyte hira hiram
hiranmay hiranmaya hiranya hişam hızır hjalmar hlengiwe hobart hojimurod hollie hollis homero honoré honorine
honorius horác horace horacio horacy horațiu horea horia hortense hortensie hortenzia hortenzie horymír
horymíra hosea hosiyat hostimil hostimila hostimír hostimíra hostislav hostislava hostivít houda houston
hovard howard howell hoyt hozan hrvoj hrvoje hrvojka hubert huberto hüccet hud hüdâvendigâr hüdayi hudson hugh
hugo hugues huguette hulda hulki hulusi hülya hüma humaira humay hümayun humberto hümeyra hunor hüriyə hürkan
hurram hurshida hurşit hüsameddin hüsamettin husein hüseyin husida husnida husniya husnora hüsnü hüsrev
hussein huub huzeyfe hvalimir hvězdoslav hvězdoslava hyacinta hyman hynek hypolit iacob iacopo iacopone iacov
iago iana iancu ianina ianira ianis ianna ianos iaroslav iaroslava iasmina iban ibidapo ibironke ibodulloh
iboja ibou ibra ibrahim ibrahima ibrani ibrohim ibukunoluwa ibun ica icaro icha icie icilio i̇clal ico ida
idan idell idella i̇dil idir ido idowu idris idriss idrissa idy ieremia ifa ifeanyichukwu ifeoluwa ifeoma
iffar i̇ffet ifora ifunanya ige iginia iginio igino ignác ignácie ignacio ignacy ignát ignáta ignatius ignazio
ignjat igor igori ihsan ihtiyor i̇hvan ika i̇kbal i̇keme ikenna ikeoluwa ikhidie ikhsan i̇kiçitoyun ikin
i̇krime ikrom ila ilaçın ilai ilan ilana ilaria ilarie ilario ilarion ilay ilayda i̇lbey i̇lbilge ilda
ildebrando ildefonso ildegarda ildegonda ildika i̇ldike ileana ilene ilenia i̇lgegü ilgın ilgmārs i̇lham
i̇lhami ilhan ilian iliana iliane ilie ilies ilija ilinca ilinka ilja iljana i̇lkay i̇lkben i̇lke i̇lker
i̇lknur ilko i̇lksen i̇lkyaz illidio illuminato ilmari ilmārs ilona i̇lqar ilsa ilse ilva ilyan ilyana ilyane
ilyas ilyass ilyes ilyess ilyos ilza ilzo ima imad iman imane imani imelda imen imene i̇mge imke immacolata
immacolato immanuel imogen imogene imoleoluwa imran imrane imre i̇mrem imrich imron ina inanç inara inārs
inaya i̇nci incoronata indah inder indiana indira indra indriķis indro indy inesa inessa inéz inge ingeborg
ingeborga inger ingmārs ingrid ingrida ingūna inioluwa inja inka inkeri inna innocenty innocenza innocenzo ino
inocenc inocențiu insa intan inyoni inza ioan ioana ioanina iolanda iole iona ionel ionela ionelia ionică
ionuț iorio iosefina iosif i̇pek ippocrate ippolito ira iraida irawati irem iremide irena irene irenej ireneo
ireneus ireneusz ireno ireti iretioluwa irfan iriana iride iridenta irina i̇rinç i̇rinçköl irinel īrisa irma
irmak irmeli irmina irnanto iroda irsad i̇rtiş irvin irving irwan irwin iryna isa isaac isabeau isabel isabela
isabell isabella isabelle isabelly isac isacco isadora isadore isai isaia isaiah isaias isak isaure ischirione
isee iseoluwa iseult ishaq ishola iside isidor isidora isidore isidoro isidro isığ isık işıl işılay işın
işıner isioma isis isisa isla islom ismael ismaele iŝmaelo ismail ismaïla ismérie ismoil isobel isolda isom
isotta isra israa issa issac issam issiaka istván ita italia italo i̇til itır itri itunuoluwa itzel iulia
iulian iuliana iuliu iuri iurie iurii iustin iustina iustinian iva ivah ivan ivana ivančica ivanka ivanna
ivano ivanoe ivar ive ivek iven iveta ivetta ivica ivna ivo ivona ivone ivonne ivor iwan i̇xtiyar iyabode iyad
iyadunni iyanuoluwa iyed iyık iyıktağ iyinoluwa iza izaak izabela izabella izaiah izaiáš izajasz izák izako
i̇zel izia izidor izidora izmael izolda izoldo iztok izydor i̇zzet i̇zzettin izzy jaakko jabal jabari jabulile
jace jacek jacey jáchym jacinthe jacinto jackeline jackie jacklyn jackson jacky jaclyn jaco jacob jacoba
jacobo jacobus jacqueline jacquelyn jacques jacynthe jada jadesola jadon jadran jadrana jadranka jadranko
jadro jadwiga jadyn jaeden jael jaelynn jaeman jaga jagadish jagadisha jagapati jagaraga jagathi jagdeep
jagdish jagica jagmeet jahnu jai jaida jaiden jailey jailyn jaiman jaime jaimini jaimy jairo jais jaivey jaka
jakayla jakelino jakob jakobino jakobo jakov jakub jakuba jakubina jakubka jale jaleel jalen jalil jalol jalou
jalyn jalə jamaal jamal jamalia jamar jamarcus jamel jameson jamey jamil jamila jamir jamiro jamison jamol
jamshid jana janae janaína janek janelle janessa janeta janez jani janica janice janick janie janin janina
janine janis janiya janja janjo janka janko janna jannah jannek jannes janni jannie jannik jannis jano jános
janosch janusz jany japhet jaquan jaquelin jaqueline jara jari jarmil jarmila jarne jarno jaro jarod jarolím
jarolíma jaromil jaromír jaromíra jaron jaroslav jaroslava jarrell jarret jarrett jarrod jarvis jarwa jarwadi
jarwi jasenko jasin jasmani jasmin jasmína jasna jasněna jason jassem jassim jasur jaswadi jati jatmiko
jaunita jautrīte javi javier javlon javohir javon javonte jawad jax jaxon jaxx jaya jayadi jayce jaycee jayda
jayde jayden jaydon jayeng jaylan jaylano jaylen jaylin jaylinn jaylon jayme jayne jayson jayvano jāzeps
jazlyn jazmin jazmyn jazmyne jazzlyn jazzlynn jean-baptiste jean-claude jean-daniel jean-françois jean-jacques
jean-louis jean-luc jean-marc jean-marie jean-paul jean-pierre jeana jeanette jeanie jeannel jeannette jeannie
jeannot jedediah jedidiah jef jeff jefferey jeffery jeffrey jeffry jefri jefta jehanne jēkabs jela jelena
jelica jelisaveta jelita jelka jella jelle jelmer jelte jena jenel jenifer jenna jennah jennie jennifer
jennings jennyfer jenovéfa jensen jeppe jerad jerald jeramie jeramy jerel jeremi jeremiah jeremiáš jeremiasz
jeremie jeremy jerguš jermain jermaine jermey jernej jerod jerome ĵeromo jeromy jerónimo jeroným jerrell
jerrod jerrold jerry jerzy ješa jesika jesper jess jesse jessica jessie jessika jesslyn jesslynn jessy jessyca
jesus jettie jevgeņijs jevon jevrosima jewell jezdimir jibril jihane jil jiljí jill jillian jim jimena jimi
jimmie jimram jinane jinawi jindra jindřich jindřiška jinte jinthe jip jiří jiřina jitender jitendra jitka
jiyan joachim joah joakim joakimo joan joana joanie joann joanna joanne joannie joanny joany joão joaquim
joaquin joas jocelyn jocelyne joĉjo jodi jodie jody joe joelina joeline joelle joes joesph johan johana
johanĉjo johanino johann johanna johanne johannes johano johathan johnathan johnathon johnnie johnpaul johnson
joko jolana jolanda jolanta jolayemi joleen jolie jolien jolijn jolin jolina joline jona jonah jonatan
jonatano jonathon jonna jono joojo joost jop jordan jordana jordane jordi jordon jordy jordyn jörg jorga jorge
jörgen jorin joris jorn jorrit jort joscha joschua jose josef josefa josefien josefin josefína josefine josep
joseph josephin josephine josette joshua joshuah josiah josiane josianne josie joŝiko josip josipa joško joso
josse josselin jošt josua josue josuo josy jourdain jovan jovana jovani jovanka jovanny jovany jovin joya
joyce joža jože jozefa jozefína jozefino jozefo jožica józsef jozue juan juana juanita juda judah judd jude
judicaël judita judīte judith judito judson judy judyta jugoslav juha juhani juho jukka jula julan jule jules
julia julian juliana juliane julianne juliet julieta julieto juliette juliino jūlija julijana jūlijs julika
julina julio julita julius juliusz jumadi jumagul jumari juna junayd junius juno junon jur juraj jürg jurģis
juri jurre jūsma jusra justeno justin justina justine juston justus justýn justýna jusuf juta juul juvenal
juwan juwon jyoti jyotis jyotsana jørgen kaarina kabil kacey kaci kacie kacper kacung kadem kadiatou kadidia
kadidiatou kadir kadrican kadriye kady kaela kaelyn kağan kagiso kahina kai kaia kailash kailee kailey kailyn
kaïna kairav kaïs kaitlin kaitlyn kaj kaja kajen kajetán kala kalea kaleb kaleigh kalervo kalevi kaley kalidou
kalim kalinda kalinik kalistrat kallie kalpana kalyani kama kamal kamala kamalesh kamaria kambali kamber kamel
kamelya kameron kamidin kamil kamila kamile kamilla kamla kamlesh kamol kamola kamoliddin kamran kamren kamron
kamryn kamuran kanak kanaka kanchan kancı kanda kani kania kanishka kannan kanti kapgar kara karaca karahan
karak karam karamba karamoko karan kardi kareem karel karelle kargılaç kari kariane karianne karim karima
karimah kariman karin karina karine karja karl karl-emil karl-johan karla karlee karley karli karlie karlıgaç
karlijn kārlis karlo karlotta karmela karmen karmeno karna karol karolann karoliina karolina karoline karolino
karolo karsa karsana karson karta karthik kartik kartika karunanidhi karya kasandra kasey kashyap kashyapi
kasián kasim kasiran kasiyah kašpar kasper kassandra kassim kastor kasusra kata katariina katarina katarzyna
katelin katell katelyn katelynn kateřina katerino katharina katherine katheryn kathleen kathlyn kathrin
kathrine kathryn kathryne kathy katia katica katie katija katina katja katlyn katlynn kato katrin katrina
katrine katryn kattie katun katunkız katy kavon kawaca kawaya kawtar kay kaya kayaalp kayacık kayça kaycee
kayden kayla kaylah kaylee kayleigh kayley kayli kayliah kaylie kaylin kayna kaynak kayode kayra kays kayun
kazanç kazi kâzım kazimierz kazimír kazimíra kazkatun keagan keano keanu keara keaton kéba keegan keeley keely
keenan keerti kehinde keira keisha keith keji kekik keklik keleş kelley kelli kellie kelly kelsi kelsie kelton
kelya kelyan kemal kemalettin kemba kemi kenan kenari kendall kendra kendrick kenji kenna kennedi kennedy
kenneth kennith kenny kensi kenton kenya kenyatta kenyon kenza kenzi kenzie kenzo kenzy keon kepez keramet
kerami kerem keremşah kerim kerry kerstin keshaun keshawn kesme keşşaf ketsia kevin kevon kevser keyan keyken
keyla keyon keyshawn kezia kezlik kgabu khadidiatou khadidja khadija khadim khady khalid khalifa khalil
khanyisile khem khethiwe khoudia khulekani kiana kiandra kianna kiano kiara kiarra kiera kieran kika kikelomo
kiki kiley kilián killian kilyan kimberley kimberly kimi kımız kımızalma kımızalmıla kımızın kimo kincső kinga
kira kiran kirana kiraz kırçiçek kırgavul kirilo kirk kırlangıç kirsten kirstin kirti kıvanç kıvılcım kiyan
kıymet kızdurmuş kızılalma kjeld kjell klanjo klára klarencjusz klaro klaudia klaudián klaudie klaŭdino
klaudius klaudiusz klaŭdo klaus klāvs klea kléber klemens klement klementina klementino klementýna kleopatra
kleopatro kliment klitemnestro klotildo klotylda knuto kobe koby kody kofi kojo koko köksal kolawole kolby
koleta koloman kolombín kolombína kolumbán kolumbín kolumbína komil komila komron konrád konrāds konstance
konstancie konstancja konstantin konstantīns konstanty konstantýn konsuela konzuela kopano kora koralia koray
korbin korbinian kordula korede korey korina korinna korkut korneli kornelia kornélie kornelius korneliusz
kory kosma kosmas kosta kraig krasava krasomil krasomila krasoslav krešimir křesomysl kreuzo krijn krimhildo
krishna krishnadas krishnadasa krišjānis krista křišťan kristi kristián kristiāna kristiāns kristie kristiina
kristijan kristin kristina kristino kristjan kristóf kristofer kristoffer kristopher kristy kristýna krisztián
krisztofer krsto kruno krunoslav kryšpín krystal krystel krystian krystina kryštof krystyna krzysztof ksantipo
ksawera ksawery ksenia ksenija ksenofont kubad kubat kubilay kübra kubura kuddusi kujoe kumar kumari kumru
kumuda kumush kuncara kunhuta kunthara kurnia kürşad kurtis kusuma kutbettin kuzey kuzman květa květoň květoš
květoslav květoslava květuše kvido kwabena kwadwo kwaku kwamena kwasi kweku kwesi kwintyn kyan kyano kyara
kyla kyle kylee kyleigh kyler kylian kyliann kylie kyllian kyllikki kyra laal labuh lacey lachlan lăcrămioara
lada ladarius ladina ladislao ladislau ladislav ladislava ladji laetitia lafayette lahna lai laia laila laisha
lajos laksana lakshman lakshmi lakshmidhar lakshminath laksita lala lalie lalita lalə lamar lambert lamberto
lamia lamih lamine lamiyə lamont lana lanang lancelot lancilotto landolfo landry laney lanfranco langa
langgeng lanjar lantar lapo lara laras larina larisa larissa laron larry larue larysa lascăr lāsma lasmanto
lasmono lassana laswi laszlo latif latifa latife latika latofat latoya laura laurane laure laureen laureline
lauren laurenc laurence laurencie laurencja laurencjusz laŭrenco laurène laurens laurent laurenția laurentino
laurențiu laurenty laurentyna laurenz lauretta lauri laurian lauriane laurianne lauriano laurie laurin laurine
laŭro laury lauryn lautone lavada lavanya laverna laverne lavina lavinia lavinio lavīze lavon lavonne lawrence
lawrencia lawson laxman laxmi layana layanah layla laylo layne lazar lazare lazaro laziz lazzaro leah leana
leander leandr leandra léandre leandro leane leann leanna leanne leano leart leatha léda ledion leela leelou
leena leendert lega legawa lehna leia leif leigh leila leilani leïna lejla lela lelah leland lelia leman
lembah lemide lempi lemuel len lena leni lenia lenja lenka lenna lennard lennart lennert lenni lennie lennon
lennox lenny lenora lenore leny lenya leo leo-paul leodegar leokádie leola leona leonard leonardo leonel
leonhard leoni leonia leonid leonida leonidas leonīds leonie leonilda leonio leonis leono leonor leonora
leonore leontin leontina leontine leontýn leontýna leonzio leopardo leopold leopolda leopoldina léopoldine
leopoldino leopoldo leopoldýna leora leoš leposava lera lerato leroy lerzan lesana lešek lesley leslie lesly
lessie lestari leta letha leticia leticie letitia letizia letterio leu leufroy lev levana levi levin levio
levke levoslav lew lewin lewis lexi lexie lexus leya leyan leyla leyna lia liah liam lian liana liara lība
libbie libby liběna liberata liberato liberatore libère liberio liberto libor libora liboria liborio liboslav
liboslava libuša libuše lică licia lida lidania lidia lidija lidio lidmila lidya liene liétald lieto lieuwe
ligia liisa līksma lila lîlan lilas lili lili-rose lilia lilian liliana liliane lilianna lilie lilien lilio
lilith liliya lilla lilli lillian lilliana lillie lilly lilou lilwenn lily-rose lilya lilyan limar lina
lincoln linda lindsay lindsey linett linn linnea linnie linoï linoy lintang linus linwood lio lioara lionel
lior liora lîrîk liron lirone lisa lisandro lisann lisanne lisbeth liselotte lisette lison lital litzy liuba
liubov liubovi liudmila liusea liv liva livia liviana livie līvija livino livio liviu livius liya liyah liyam
liyan liyana liz liza lizbeth lizeth lizz lizzie lizzy ljiljana ljuba ljubica ljubiša ljubomir ljudevit
llewellyn lloyd loa loane lodovica lodovico loek logan lohan loïc loïse lola lolade loma lon london longin
lonie lonnie lonny lonzo lora loraine loredana loreen lorelei lorella lorena lorenc lorene loreno lorenz
lorenza lorenzo loreta loretta lorian loriana lorik lorine lorna lorrain lotar lothaire lothar lotta lotti
lottie lou lou-ann lou-anne loua louan louane louann louay loubna louca louie louis louis-marie louisa louise
louison louka loula louna lounis loup lourdes lourenço louvenia lova lovisa lovorka lovro lowell lowie loy
loyce lua luan luana ľubica lubin lubomír lubomíra lubor luboš luboslav luboslava luc luca lucas lucca luce
lucențiu lucia lucián luciána luciano lucica lucie lucien lucienne lucija lucijan lucile lucilla lucille
lucinda lucio lucious lucius lucja lucjan lucreția lucrețiu lucrezia lucy ludano luděk ludie ludiše ludivine
ludivoj luďka ludmila ludolphe ľudomil ľudomila ludomír ludomíra ludoslav ludoslava ludovic ludovica ludovico
ludovikino ludoviko ľudovít ludvig ludvík ludvika ludwig ludwik ludwika lue luella luena luhung luigi luigia
luisa luiz luiza lujza luka lukas lukhona lukita lukman luko lukrécie lukrecius lula luluh lulut luminița
luminosa lumír lumíra luna lune lungelo lungu lupe lura lurhur lurline lutfan lütfi lutfiya lütfullah
lutfulloh luther luthfi lutibor lutobor lutz luuk luus luwar luwes luz luzie lwandle lya lyam lyan lyana lyda
lydia lydie lykke lyla lyle lylia lylou lyn lyna lynda lyne lynette lynn lynne lysanne ləman maaike maarit
maayane mabel mabela mabelle mable mabruk maca macaire macaria macario maccabeo maceo macey maci macie mack
mackenzie mactar macy madalena mădălin mădălina madaline madalyn maddalena maddison maddox madelief madeline
madelyn madelynn madge madhuri madid madie madilyn madina madisen madison madisyn madita madlaina madleen
madlen mady madyson maegan mael maëlie maëline maélis maelle maëly maëlyne maelys maeva maeve mafalda maffeo
magali magda magdalen magdalena magdaleno maggiorino magno magnus maguelone maguette mahamadou mahan mahault
mahaut mahdi mahe mahendra maher mahesa mahesh maheswar mahfud mahir mahmoud mahmud mahmut mahrus mahulena
mahzan mahzun mai maia maica maida maija maik maike maila mailin mailo maïly maïlys maïmouna maimunah maïna
maiorico maira maïssa maïssane maïwenn maiya maja majda makan makar makara makary makayla makenna makenzie
makhtar makinwa maksim maksimo makso maksud maksym maksymilian makuta mala malachi malak malati malco malcolm
malea malek malena malia malick malik malika malin malina malinda mališa mallaury mallie mallory malo malone
malou maloxat malthe malti malvína malvīne malvino malwina mamadou mamady mamante mamert mamie mamoudou mamour
manah manal manar manassé manca mancio manda mandaakin mandakini mandla mandy manel manelle manetto manfred
manfredo mangala mangalya manik manikya manil manilio manisha manjo manjusha manley manlio manoah manoj manole
manon manona mansour mansueto mansur mansvet manu manuel manuela maphikelela maqsud mara marah maram marana
maras marat marc marc-antoine marceau marcel marcela marceli marcelin marcelína marceline marcelino marcell
marcella marcelle marcello marcellus marcelo marcheta marcia marciano marcin mārcis marco marcos marcu marcus
mardon mareike marek marème marena mareta marga margana margaret margareta margarete margareto margarett
margaretta margarette margarida margaux marģers margherita margie margit margita margo margot margret margrit
margrith marguerite mari mariadi mariah mariam mariama mariame marian mariana mariane marianna marianne
mariano maribel marica maricarmen maricica marie marie-ange marie-lou marieke mariela mariella marielle mariem
marième marieta marietta marija marijan marijana marijn marika marilena marilie marilou marilú marilyn
marilyne marin marinela marinella marinetta marinjo marinko marino marinus mario marioara mariola marion māris
marisa marisol marissa marit marita mārīte maritza măriuca marius marja marjan marjane marjatta marjeta
marjolaine marjorie marjory markéta markika markku marko markus marla marlee marleen marlena marley marli
marlie marlies marlis marlo marlon marnie marolo maroš marouane marrit marsha marshall marsito marsudi marta
martaka martana martani marteno martha marthe martim martina martine martino márton martti marty martyna marut
maruta marvin marwa marwan marwane marwata marwen marwin mary maryadi maryam maryann maryanto maryjane marylou
maryna maryse marzia marzio maša mashxura mašinka massamba massima massimiliano massimo massinissa matar matei
matěj mateja mateo mateus mateusz matheo matheus mathew mathias mathieu mathijs mathilda mathilde mathis
mathurin mathuys mathys matías matija matilda matilde matis matīss matisse matjaž matko mato matouš matroniano
mattea matteo mattheo matthew matthias matthieu matthijs matthis matti mattia mattias mattie mattis matúš
matyáš matylda matys matz maud maude maudie maugis maura maureen maurice mauricette mauricio maurilio maurine
maurits maurizio mauro maurycy mavdud mavis mavlon mavluda mawuena mawusi maxbuba maxellende maxence maxens
maxfuza maximilián maximiliano maximilien maximillia maximillian maximo maximus maxine maxmilián maxsuma maya
mayane mayar maybell maybelle maye mayeul mayla mayline maylis maymie maynard mayoor mayra maysa mayson mayssa
mayte mazbut mazhar mazie mazlum małgorzata mbalienhle mbaye mckayla mckenna mckenzie meagan meaghan mečislav
mečislava meda medard medardo medea médéric medine medoro médoune medya meena meenakshi megane meggie meghan
meghnad meghnath mehdi mehmet mehriban mehtap meik meike meïssa mekhi melani melania melanie melanio melany
melchiade melchior melchiorre melda melek melenija melezio melia melichar melih melike melikşah melina melinda
meline melis melisa mélisande melissa mélissandre melita melitina melle mellie mellina melnic melodi meltem
melusine melvil melvin melvina melvyn melyna melyssa memduh menahem menaka menardo mence mendel menelao meneo
menka menno mennone menodora meral mercede mercedes mércia mercurio meredith merete meriam meriç meriem merih
merijn merjem merl merle merlin mérovée merritt mertie merve mervin merwan meryam meryem meryl messalina
mestan mesut metello metin metod metoděj mētra metrofane mevlüt mex meyra mhambi mia micael micaela micah
micha michael michaela michal michala michale michalina michał micheal michel michela michelangelo michele
michelle miĉjo mickael midas miel miguel miha mihael mihaela mihai mihail mihailo mihajlo mihály mihnea
mihriban mija mijat mika mikael mikaela mikail mikayla mikel miķelis mikkel mikki mikko miklós mikoláš mikołaj
mikuláš mila milada miladin milan milana milanka milanko milano mildred milena mileta miley milford milhan
milíč milica milík milisav milivoj miljan miljana miljenko milka milla millicent millie milo milojica milomir
miloň milorad miloš miloslav miloslava milota milou milouš milovan milovín milred milton miluše milutín mima
mimma mimo mína minakshi mindy minerva minervina minervino minh minka minna minnie minodora mio mioara miodrag
miomir mir mira mirabela mirac miran miranda miray miraziz mircea mirco mireille mirek mirela mirella mireya
miriam miriama miriamo mirja mirjam mirjana mirka mirkelam mirko mirna miro mirocleto miromil miromila miron
mirona miroslav miroslava mirta mirthe mirtil mirto miruna mirza mirziyo miša misael misaele misbah mischa
miško mislav mısra missouri mitar mitch mitchel mitchell mithat mitică mitja mitruț mittie miya mizgîn mlad
mladen mlađana mnata mnislav mnislava mobolaji moche moctar modesta modesto modibo modou modrīte modupe mody
mofifoluwa mohamad mohamadou mohamed mohamed-ali mohamed-amine mohammad mohammed mohan mohana mohinder mohini
mohir moïra moïse moises moïsette mojca mojisola mojisoluwa mojmír mojżesz mojžíš mollie momir momira mona
monaldo monalisa monica monika moniko monique monroe monserrat monserrate montana monty monvīds moradeke
morayo morena morenike moreno morgan morgane moriah moric moris moritz morne morolake morris mortimer morton
mory moseo moses mosinmileoluwa mossie mosunmola motunrayo mouctar mouhamadou mouhamed mouhameth mouhammadou
moussa moustafa moustapha moxidil moxigul moxina moxinur moxira moyosore mozell mozelle mozes mpho mpilo
mpumelelo msizi mstislav mthunzi muammer muattar muaviye muaz muazzam mubina mudīte müesser müfid mufiz mugur
mugurel muhamado muhammad muhammed muharrem muhsin muhtar muhterem muhteşem muhtor muhyiddin müjdat müjde
müjgan mujur mukadder mukaddes mükerrem mukesh muktedi muktedir muktefi mukul mulya mulyanto mulyono mumpuni
mümtaz münevver muni munif münir murat muriel muriela murilo murl murod murphy murray mursinin mursita murti
musa musawenkosi müşir muslih mustafa mustafo mustapha mustika mustofa musulmon mutahhar mutasım muteber
mutemed mutia muttalib muyassar muyiwa muzaffar muzaffer müzdad muziano mya myah myla mylan mylene myles mylo
myra myriam myrl myrna myron myrthe myrtice myrtie myrtil myrtille myrtis mələk nabi nabil nabila nabin naci
naďa nadalina nadège nadejda naděžda nadi nadia nadine nadja nadzieja nael naëlle naemi nafisa nafiz
nagabhushanam nahel nahid nahil nahla naïa naïla naïm naïma naïs naja najam najib najla najmiddin najwa nakia
nala nalan nalar nalini namazio namık nana nancy nanda nandi nando nándor naneta nanna nannie naomi naomie
naoufal naoufel nara naradi narayan narcisa narciso nardi narendra nargiza narimon narin narinder narji narseo
narsete nasab nash nasiba nasim nasir nasriddin nasrullah nassim nastja natacha natalia natalie natalija
natalina natan natanael nataniel nataša natasha nathalie nathan nathanael nathanial nathaniel nathen natiq
natka naud naudet naura naveen navin nawal nawel nawfel nawroz naya nayel nayeli nayla naz nazan nazario
nazariusz nazary nazif nazim nazlı nazmi nazrulloh nazzareno nazzaro nađa ndleleni ndondoloza nea neal nebojša
necat necati necdet nechifor necib necla necmettin neda nedeljko nedim nedjeljka nedjeljko nedra neela neele
neeltje nefeli neha néhémie nehir něhoslav neil neïla neiva neja nejat nejc nejla neklan nela nelda nelea neli
nelia nelio nell nella nellea nelli nellie nelly nels nelu nelya nemanja nena nenad neo neoma neonila neopolo
neoterio nepomuk nera nerea nereo nergis neri nermine nesa neşet nesim neslişah nesrin nesrine nettie neva
neven nevena nevenka nevin nevio nevra nevzat newell neyla nezamysl nhlakanipho nia niame nicanor nicarete
nicea niceforo nicéphore niceto nicezio nichifor nicholas nicholaus nichole nicklas nicklaus nickolas nicla
niclas nico nicoară nicodemo nicodim nicola nicolae nicolai nicolaie nicolas nicole nicoleen nicoleta
nicoletta nicolette nicoline nicolò nicon nicu niculina niculiță nicușor nicuță nida nidia niek niels
niels-christian niene nienke nigar nigel nigora nihad nihal nihan nihat nika nikita nikki nikkie nikko niklas
niklaus niklāvs niko nikodém nikodéma nikol nikola nikolai nikolao nikolas nikolasz nikolĉjo nikoleta nikolina
nikša nila nilam nilgün nilufar nimakoah nimas nimit nina nineli ninfa niniano ninioluwa nino ninon ninthe nio
niouma niraj niranjan nirbhay niro nisa nisan nischal niştîman nives niyaga niyazi niyilolawa nizamettin nizar
nizom nizomiddin njegomirka nkanyezi nkosenye nkosingiphile nkosinhle nkosiyabo nnamdi noa noah noaĥo noam
noami noan noar nodira noe noelia noelie noëlla noëlle noema noemi noemie noemy nofoto noha noham nohan noila
nokuthula nola nolan nolann nolhan nolwazi nomi nomvula nona nonhlanhla nonjabulo nonkululeko noor noortje
nora norah norbert norberta norberto norene norhane norica norina norma norman normand norris norval norwood
nosir nosirjon nostriano nouha nour noura nourane nouri novak novi noviana novita nowi nox nozima nozipho
nqobile nrima nthabiseng ntokozo ntombizodwa núbia nuccia nûda nûdem nugraha nükhet numan nuno nunziata nunzio
nur nural nuran nuray nurbek nûredîn nurettin nurgül nurgün nuri nuria nuriddin nurlan nursel nurseli nurul
nurullah nuša nusrat nusratulloh nusret nya nyah nyana nyasia nynke nyoman nərgiz oana oba obanijesu obid obie
obioma obrad obren ocie octav octavia octavian octaviana octavio octaviu oda oddone odelia odell oderico odeta
odetta odette odidone odie odil odile odilia odilon odin odolen odon odorico odunayo ofelia ofélie ofelya
ognjana ognjen ogooluwa oğuz oğuzhan ojārs ojaswini okan okey okiki okşan okta oktavián oktavie oktavius oktay
okto ola oladara oladare oladimeji olaf olaide olajumoke olakunle olamide olanrewaju olansile olaoluwa
olasunmbo olatunbosun olavi olayinka olbram olcay oldřich oldřiška oleg oļegs oleksandr olena olesea oleta
olga oļģerts olgica oliga olimpia olimpiada olimpian olimpio olimpiu olin olinda olindo oliva oliver olivera
olivia olivie olivier oliviera oliviero olīvija oliviu oliwia oliwier olle ollie olof ololade olufeyisayo
olufunke olufunmi olufunmilayo olumide olumorotimi olusola olutomiwa oluwafemi oluwagbemiga oluwakemi
oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobiloba
oluwatofunmi oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympe olympia olympie oman omana omar omari
omawunmi ombeline ombline ombretta omero omobobola omobolanle omodunni omolabake omolara omolola omosalewa
omotara omotayo omotola omotolani omotoun omowumi ona ondina ondine ondřej ondřejka onesta onesto oni onie
onofrio onome onorata onorina onorino onorio onoriode onufry onur oona oormila opalina opaline opemipo
opeoluwa opeyemi ophelia ophélie opung oqil ora oran orazio orchidea orell orenzio oreofe orestes orfeo orhan
oriana oriande oriane orie orietta orif orin orio orion orland orlando orlane orlo ornella oronzo orpha orrin
orsino orso orsola orsolina ortansa ortensia ortensio orval orville orvokki orzu osanna osbaldo osborne oscar
oskar oskari oskaro osman osmondo osmund ostoja osunleke osvald osvaldo oswald oswaldo ota otabek otakar
otakara otello otha othmane otho otilia otilie otīlija otis otmar oto otokar otomar ottaviano ottavio ottilia
ottilie ottis otto ottone otýlie oumar oumayra oumou oury ousmane oussama ovidio ovidiu ovidius owen oxana oya
oybek oyenike oyga oyindamola oyindasola öykü oynur oysha ozan ozana ozanne özcan ozella özge özgür özhan
özkan özlem özlen öznur ozod ozoda ozodbek ozren ozy pablo paciano pacifico paco pacôme pacomio padam padma
padmi paige paiman päivi paja pakize palatino palémon palladia palladio palma palmazio palmira palmiro paloma
pam pamela pamfil pammachio panagachie panait panca pancario pancrazio pandu panfilo pangeran pangestu panji
panka pankrác pankracy pantaleo pantaleon pantaleone pantelei paola paolo param paramartha paramita paraschiva
parascovia pardi pardo parla parmenio parsival pārsla parvati paskal paskala pasquale paterne paterniano pathé
patrice patricia patricie patrīcija patricio patrick patrik patriko patrizia patrizio patroclo pătru patrycja
patrycjusz patrycy patryk patti pattie paul paul-antoine paul-arthur paula paule paulette paulica paulien
pauliina paulin paulina pauline paŭlino paulo pauside pava pavel pavica pāvils pavla pavle pavlín pavlína
pavol paweł paxton payidar payton pearlie pearline pécine pedro peggie peggy pekka pelaghia pelagia pelagie
peleo pelhřim pelin pelinsu pellegrino pelumi pembe penda penelopa penelope pentti pepijn pépin pepo pera
perceval percival percy perî perica pericle perihan perikles perkasa perla pernilla pero perpetuo perran
perrine perry perseo persida pertev peruna perver pervin perzida petar petek pēteris petko petr petra petrana
petre petri petrică petrija petrișor petro petronela petronila petronilla pétronille petronio petronius petru
petruše petruț petruța petteri petula peyami peyton pharell pheobe phil phila philani phileas phileine
philémon philibert philine philip philipp philippa philippe philippine phillip philomène philothée philou
phiwokwakhe phyllis pia piera pierangelo piergiorgio pierluigi piermarco piero pierre-alain pierre-alexandre
pierre-andré pierre-antoine pierre-louis pierrick piersilvio pietro pilar pim pınar pío piotr pippa pippo
piraye pirjo pirkko pius placida placido platon platone pleun plinio plutarco pola polidoro polifemo polikarp
polina polissena pollione polona polykarp polyxena pompeo pompilia pompiliu pomponio pontus ponziano ponzio
pooja poornima porfirio porfiriusz porfiry porzia porziano postumio poul praba prabawa prabin prabowo prabu
prakash prakosa pramila pran pranata pranawa pranay prasad prasanna prascovia prasetya prasetyo prashant
prassede prathamesh pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava prayag
prayitna prayoga prayogo predrag preity prem prema přemysl presley preston priamo přibyslav přibyslava
primerose primož prisca priscila priscilla priscille prisco priska prita privato priya priyala procopio
profira prokles prokop prokopa prokul proserpina prospera prospero protasio proteo providenci prudenzia
prudenzio prvoslav publio puji pulchérie puneet pupolo puput purna purnima purushottam purwa purwadi purwanto
pushti pusicio puspa puspita puti putri putu pəri qizilgul qobil qori qosim quartilla qudrat queenie quentin
quentine querano quiéta quincy quinn quinten quintia quintiliano quintilio quintino quinty quinziano quinzio
quirin quirino quiteria quitterie rabia rachael rachela rachid raci rada radan radana radegast radek radeke
radenko radha radhost radika radim radimír radimíra radina radiša radislav radislava radit raditya radivoj
radivoje radka radko radmil radmila radmilo rado radojka radolfo radomil radomila radomír radomíra radoš
radosav radoslav radoslava radovan radovana radslava radu răducu radul radúz radvan rae raegan raf rafael
rafaela rafaelo rafał rafet raff raffaele raffaella rafi rafid rafila rafiq rageshwari rageswari raharja
rahayu raheem rahel raĥelo rahim rahime rahma rahman rahmat rahmawati rahmi rahsaan rahşan rahul raif raihan
raik raimondo raimund raina rainald rainaldo rainelda rainer rainhard rainold raisa raj rajab rajan rajana
rajendra rajina rajinder rajiv rajko rajmund rajna rajnold rajsa raju rakesh rakıp rakita raleigh ralf ralph
raluca rama ramaa ramata ramatoulaye ramazan ramesh rameshwar rami ramiro ramiz ramon ramona ramy ramziddin
ramziya rana randal randall randi randolf randolph ranek rangga rania raniero ranim ranjeet ranjit ranko
ranolfo ranya raoul raphael raphaelle rapulane raquel rashad rashawn rasheed rasheedah rashid rasifa rasim
raşit raško rasmus rastislav rastislava rati ratibor ratih ratimir ratmír ratna rauf raul ravi ravshan rawane
raxmatulloh rayan rayane rayen raymond raymonde raymundo rayona rayxona rayyan răzvan reagan reanna reba
rebeca rebecca rebeka rebekah rebekka rebeko recai recep reda redmond reece refah refet refik regan reggie
reghina regina reginald reginaldo régine régis regitze regnārs regolo regula reha řehoř řehořka reilly reina
reinhard reinhold rejan réjean réjeanne réka reksa relja relu rémi remig remigio remilekun remington remo
remondo remus remy remzi renārs rênas renát renata renate renato renaud rendy renee rengin renja renske renzo
reşîd respati respicio ressie restu resûl reta retha retno reto retta reuben reva revi rex rey reybaud reyes
reyhan reymundo reyna reynold reza rezzan rhett rhianna rhiannon rhoda rhonda ria riaan riad rian riana rica
ricardo ričards ricario riccarda riccardo richard richarda richelmo richie richmond rickard rickey rickie
ricky rico rıdvan ridwan rifat rıfkı rigard rigoberto riitta rija rika riley rima rimma rina rinaldo rini rino
rio ristana rita ritesh ritva rivka riyad rıza rizki rizvon robaldo robb robbie roberta robertina roberto robi
robina robinson robiya robyn rocco roch rochelle rocio roderick roderik roderyk rodger rodiano rodica rodion
rodney rodolfo rodoljub rodolphe rodrick rodrigo rodrigue roel rogelio rohan rohana rohit roj rokhaya rokia
roko roksana roland rolande rolando rolf rolfo rollin roma romain romana romanița romano romero romeu romilda
romina romoaldo romola romolo romuald romualdo romul romulus romy rona ronak ronald ronaldo ronan ronî ronja
ronnie ronny roosevelt rory rosa-maria rosalee rosalia rosalie rosalina rosalind rosalinda rosalyn rosamond
rosamunda rosana rosanna rosario roscoe roselin roseline rosella roselyn rosemarie rosendo rosetta rosie
rosina rosita roslyn rosman rosmunda rossana rossella rossie rostislav rostislava rotaru rotimi rovena rowena
rowland roxana roxane roxanne roxelana roxy roy röya royce róza rozalia rozálie rozalija rozalinda rozamunda
rozana rozella rozina rozita roziya rozo rozvita ruben rubiano rubie rubye rüçhan rudi rūdis rudīte rudolf
rudolfa rudolfina rudolfo rūdolfs rudolph rudra rudy ruedi rufina rufino rufo rufus ruggero ruhsar rukhmani
rukmin rükneddin rumena runa rupert ruperto rupinder ruprecht rūsiņš ruslan ruslana rusman russel rustam rüştü
rūta ruth ruthe ruthie rutilo ruxanda ruxandra rüya ruža růžena ružica ryad ryan ryann ryder rylan rylee
ryleigh ryley rym ryszard rəşad rəşid saad saadat saadi saar sába şaban sabar sabato sabazio sabin sabina
sabine sabino sabir saboxat saboxon sabri sabrina sabrine sabryna sacha sachin sacid sada şadan sadar sadberk
sadettin sadi sadie sadık sadina sadio sadoqat sadri sadriddin sadullah sadye saèr safa safae saffet saffiro
saffo şâfi safia safiatou safiétou safina safir safira safiya safo safouan safouane safta safura sagar şahap
şahin şahinalp sahra şahsuvar saida saiful saige saim şaiq saka sakari sakina sâkıp şakir sakti sakura
saladino šalamoun salif salih salim salimah salimata salimatou saliou sallie salma salman saloh salome salomea
salomena salomey salomone šalomoun salsabila salustio salvador salvatore salwa salwator saly sam samandar
samanta samantha samara sami samia samiah samih şamil samim samina samir samira samiya sammie sammy sámo
samona samson samsul samu samuel samuela samuele samuelo samukelisiwe samy sana sanaa sancho sanda sandeep
sándor sandra sandrine sandro sandu sanele sanem sanford sanja sanjay sanjin sanka sanna sanobar sansone santa
santiago santina santino santo santos santosh sanya sânziana saodat saphira sapiente sarada sarah sarai sarala
şarani saraswati sarbello sardor sarina sarisha sarita šárka sarla šarlota sarmīte saroja sarra sartika sarvar
sarvin sarvinoz saša sascha sasha saskia saskie sašo satine satish satu saturniano saturnin saturnino satya
satyen saul saulcerīte sauveur sáva savanah savannah savaş šavel saverio saveta savi savin savina savinien
savino savion savva saxida saxona şayan sayyora scarlett scholastika scholastique schuyler scolastica scot
scott scottie scotty seamus sean seb sebas sebastiaan sebastian sebastiana sebastiano sebastião sébastien
sebastjan sebestian şebnem şecaeddin seçil seçkin seckou seconda secondiano secondina secondo seda sedat sedef
sedrick sedrik sef sefer seff şefik sefora seghei segilola ségolène seher şehlevent şehrazat sekinat sekou
selahattin şelale selami selcan selçuk selda selen selena selim selin selina selma selmer selvaggia selvi
selyan sem sema semenica semih semion semiramide semplicio sempronio semra şemsi sena senay senesio şengül
senka şennur senofonte şenol senta sep sephora sepp seppe seppo septi şerafettin serafim serafima serafín
serafína serafino seraina serap séraphin serapione șerban serbülent serdar şeref seren serena serenus sergei
sergej sergey serghei sergi sergio sergiu sergiusz serhad serhat sermet şermin serpil sertaç sertap servác
şervan servidio serviliano sesto seth settar settimio settimo setya sev seval sevara sevda severa severiano
severín severina séverine severino severo sevgi sevil sevim sevinç şevket şevki sevtap şevval seweryn şêxmus
şeyban şeyda seydou seye seyfettin seyfi seyfullah şeyma seynabou seyyit sfiso shahboz shahobiddin shahriyor
shahzod shaï shaïly shaïma shaina shaka shakila shakira shakti shakuntala shalewa shamsiddin shana shane
shanel shanelle shani shania shanice shanie shaniya shankar shanna shannon shanny shanon shantanu shanti shany
sharda shari sharmila sharon shashi shashikala shaun shawn shawna shayan shaylee shayma shayna shayne shea
sheela shekoni sheldon shelia shelley shelly shemar sher sheri sheridan sherine sherly sherman sherri sherwood
sheryl sherzod shilpa shirel shirine shirisha shirley shivakari shobhana shodiyor shola shresth shresthi
shreya shreyashi shridevi shrishti shristi shubha shubhaprada shukrulloh shwet shyann shyanne shyrel siana
siara sibel sibilla sibongile sibusiso sibyla sibylle sico sicuro sid siddarth siddhartha siddhi siddhran
sidiq sıdkı sidney sidoine sidon sidonia sidonie sidonio sidra sidy siebe siem sien siep sifiso sigebert
sigfríd sigfrido sigismond sigismondo sigmund signe sigrid sigurd şihab şihabeddin sihem şiir sijuade sil sıla
şîlan silas silja silje silke silvan silvána silvano silvère silverio silvester silvestr silvestro silvia
silvian silviana silvie silvija silvio silviu silvius sîma simão simea simeon simeona simeone simge simi
similoluwa simina simion simisola simo simon simona simone simonetta simonida simono sina sinan şinasi
sindisiwe sindre sinem sinenhlanhla sinesio sinfronio sinică sinikka siniša sinja sinkler sintia sîpan
siphephelo siphiwe sipho sira sireno siria siriano siricio sirine sirineu sirio siro sirojiddin sırrı siska
sisto sitara sithembiso siti siv sixt sixte sixtine sixtus siyanda sizakele sizani sjoerd skaidrīte skander
skarlet skarleta skye skyla skylar slamet sláva slávek slavěna slaviboj slavibor slavica slávka slavko
slavoboj slavoj slavoljub slavomil slavomila slavomír slavomíra slađana slobodan slobodanka sloka smaranda
smeralda smil smiljana smilla smita smriti sname snejana snežana snježana soave soběslav soběslava sobit
soccorso socrate sodiq sofia sofiane sofie sofija sofinjo sofio sofronia sofronie sohan sohane sohib sokhna
sokrat solal solange soledad soleh solène solenn soline solocone solomon solveig solveiga soma somnath somu
soňa sondre songül sonia sonja sonjo sönke sonya soof sophia sophie soraia sorana soraya sören sorin sorina
sostene sosteneo sostrato soter sotira souleyman souleymane soumaya sowande spano spartaco špela speranța
speranza speranzio spīdola spiridon spirydion spytihněv srboljub srećko sredoje srna stacey stacy stana stanca
stancu stanford stanimír stanislao stanislas stanislav stanislava stanisław stanko stanley stanton staša
šťasta stáza steeve štef štefan ștefana stefania stefanie stefanino stefano steffen stela stelian steliana
stella steluța štěpán štěpána stepanida štěpánka stephaans stephan stéphane stephania stephanie stephany
stephen stephon stevan steve stevie stewart stig stijn stiliano stina stine stipan stiriaco stjepan stojan
stojanka stojmír strahinja stribor stuart suat subash subhash subhashini subhasini subhi subodh subomi sucheta
suci sudeva sudi sue-marie suélen süheyl suhrob sujata sukanya şükrü sulaymon süleyman sulton suma suman
sumayyah sumeet sumitra sunay sunčica sunita sunniva suraj surano suresh sururi surya suryakant suryakanta
suryakantam susan susana susanna susanne susano sushant susheel sushil sushma susie suus suyuna suzan suzana
suzanne suzie suzon svatava svatoboj svatobor svatomír svatopluk svatoslav svatoslava svea sveatoslav svebor
svend svenja sverre svetislav světla světlana světluše svetolik svetomir svetoslav svetozar sveva svitlana
sviturno swann swapnil swara swarnalata swassane sweta syahrini sybilla sybille syble sydnee sydney sydni
sydnie sylva sylvain sylvester sylvestre sylvia sylviane sylvie sylwester sylwia synne syrine szabolcs
szczepan szofi szofia szonja szymon søren səbinə şəhriyar tabea tabita tabitha tabris taceddin tacjana taddeo
tade tadeáš tadej tadeo tadija taha tahir tahlia tahsin taib taide taïna taïs taisia taiwo talat talay talea
talha talia talip talita tālivaldis tālrīts talya tamara tamás tami tamia tamina tamino tammaro tammo tammy
táňa tancrède tancredi tanguy tania tanirika tanja tanju tankred tansu tantri tanushree tanushri tanya tanyeli
tao tapani tapio tara taras tarcisio tari tarik tarja tarkan tarquinia tarsilla tarso tarun taryn tasa tasdik
tasha taşkın tasnim tasnime taswir taťána tate tatiana tatjana tatum tatyana taufan taufik taurean taurin
tavares taya tayfun tayler taylor tayyar taziana taziano tazio teagan tecla tedi teea teguh teije tej teja
tejas tejumola tekin tekinalp tekla telchide telemaco telica tellervo temel temidayo temistocle temitope teo
teobald teobaldo teodata teodolinda teodor teodora teodorik teodoro teodosia teodosio teodoto teodoz teodozie
teofan teofil teofila teogene teohari teoman teona terenc terence terencius terencjusz terenzio teresa tereza
terēze terézia terezie terezija terezo teri terrance terrell terrence terri terrill tertuliano terzo tesauro
tesifonte tesnim tesnime tessa tessie tetiana teudosia teun teunis tevfik tevhid tevin tezcan tezel tezer
thabisa thad thaddeus thadie thaïs thalea thalia thamsanqa thando thanina thea thelma themba theo theobald
theodor theodora theodore theodorik théodose theodosie theofan theofil theofila theophane théophile
théophraste theotime theresa therese theresia theron theunis theuns thiago thibaud thibault thibaut thibert
thibo thierno thierry thies thije thijmen thijn thijs thilo thirza thobeka thom thomas thora thorben thore
thorge thulani thulisile thurman tia tiago tian tiana tianna tibaldo tibbe tiber tiberia tiberio tiberiu
tiberius tibo tibor tiburcius tiburzio tichomil tichomír tichon ticone tidiane tieme tierra tiffany tiguida
tihomir tiina tija tijana tilda tilio tilla tillman tillmann tim timbul timea timeo timm timmothy timmy timo
timofei timoléon timon timotei timotej timoteo timoteus timothe timothée timur tina tinca tincuța tino
tiphaine tira tiril tirone tirta tirtayasa tirza titilayo titilope tito titouan titus tizian tiziana tiziano
tizio tjark tjaša tobia tobiáš tobiasz tobiloba tobin toby todor tohir toki tokunbo tolga tolomeo tolulope
tolunay toluwalope toluwani toluwanimi toma tomáš tomasa tomáška tomaso tomasz tomaž tomi tomiloba tomislav
tomislava tomke tommaso tommie tomo tomori tonči tončica toney toni tonija tonka tonko tonnin tonya torben
torbjörn torey torkvát torquato torrance torrey tosca toscane tosco toska toussaint toyip tracey traci tracy
traian trajan tranquillo trasea travis travon tre tremaine tremayne trent trenton tressa tressie treva trevion
trevor tricia trilochan trilochana trilok trilokanath trilokesh triloki trine trisha tristan tristano tristian
tristin triston trofim trpimir trpko trudie trycia trystan tsabita tsipora tuana tudor tudora tudorița tudosia
tufan tugay tuğba tugiman tuğrul tuğtekin tuhfe tülay tülin tullia tulliano tullio tümer tunahan tunar tunay
tunç tunçer tuomas turan turgay turgut turi turibio türkan türkay türkeş turna turold tushar tussio tutku
tuula tuulikki tuva tvrtko twan twila tybalt tycho tygo tyler tymeo tymon tymoteusz tyra tyree tyreek tyrel
tyrell tyrese tyrique tyron tyrone tyshawn tyson tərlan ubaldo ubaydulloh ubertino uberto uchita uchqun uda
udai udit udo ueli uffe ufuk uģis ugo ugolina ugolino uguccione uğur uhra ujjawal ujjwal ukbe ulberto ulderico
ulduz ulf ulfa ülfet ulfo ülgen uli uliana ulices ulises ulisse uliva ülker ülkü ülkər ulla ulpiano ulrich
ulrico ulrik ulrika ulstano ulus uluthando ulva ulvi ulviye ülviyyə ulwazi ulya ulysse uma umang umar umay
umaya umberto umi umid umida umidulloh umile ümit ümmiye ümran umur umuralp umut una ünal undīne unggul unjani
unna ünsel ünseli upendra upik upton uqbaloy uranio urbain urbano urdino urfon uriah uriel uriele urmila uroš
ursicio ursino urška ursmaro uršula ursulo usame usha usman usmon usyi utama utku uttam uygu uzayr uzbegim
üzeyir uzodimma václav václava vada vadim vafo vahâ vahdet vahid vahide vaidehi vaijayanthi vaijayanti
vaishnavi vaishno vaishvi vala valburga valdemar valdemara valdemārs valente valentim valentin valentina
valentino valentīns valentýn valentýna valera valeri valeria valerián valeriana valeriano valerico valerie
valerii valerija valērijs valerio valeriu valéry valfredo valfrido vali vallie valtena valter valtr valtteri
vance vanda vanesa vanessa vania vanja vanna vanya varalakshmi varo varvara vasanti vasco vasil vasile vasili
vasilica vasilie vasilina vasilisa vasja vasko vasliddin vasudev vasudeva vasudha vasundhara vatroslav vaughn
vavřinec veaceslav vecdi veceaslav veceslav veda vedang vedanga vedanshi vedasto vedat vedran vedrana věduna
veerle vefa vefik vehbi veikko velana velaphi velda veleslav veleslava veli velibor velimír velimira velina
velio velislav velislava vella velma velva vena venance venanzio vencel venceslao venceslas věnceslav
věnceslava vendelín vendelína vendula vendulka věnek venera veneranda venerando venerio veniamin věnka ventura
venuše venusta venustiano venusto věra verano verda verdiana verdie verecondo verena verenzio vergie vergiliu
verginia veriana verica veridiana verla verlie verna verner vernice vernie vernon vero verona veronika
veroniko véronique věroslav věroslava verulo veselinka vesile věslava vēsma vesna vespasiano vesta veta veysel
veysi vezio vianney vibeke vic vica vicdan vicenta vicente vicenția vicențiu vicki vickie vicky victoire
victoria victorin vid vida vidak vidal vidhur vidhya vidiano vidone vidor vidur vidya vienna viera vieroslava
viggo vigile vigo vijay vijeko vijolīte vik viktor viktoria viktorie viktorija viktorin viktoro vilĉjo vildan
vilém viléma vilemína vilfredo vilhelm vilhelmīne vilhelmino vilhelmo viliam viliana vilibald viliberto viljem
villy vilma vilmar vilmārs vilmos vimal vimala viman vinay vince vincenc vincencie vincent vincențiu vincenza
vincenzo vinciane vindonio vinebaldo vinfrido vinicio vinka vinnie vinsen vinz violante violeta violetta
violina viorel viorela viorelia viorica virág virgie virgil virgile virgilio virgiliu virginia virginie
virginio virman virone visarion viscardo vishnu vishwamitra višnja vissia vitali vitalia vitalico vitalie
vitalii vitālijs vitalina víťazoslav vítězslav vítězslava vito vitold vitor vitória vítoslav vittore vittoria
vittoriano vittorio vitus vivaldo vive vivi vivian viviana viviane vivianne viviano vivien vivienne vizbulīte
vjekoslav vjenceslav vlada vladan vladana vladek vladěna vladilena vladimer vladimír vladimíra vladimiro
vladislav vladislava vladivoj vladlen vladlena vlado vlaicu vlasta vlastimil vlastimila vlastimír vlastimíra
vlastislav vlastislava vlatka vlatko vlk vodingo voichița voicu vojin vojislava vojmil vojmír vojmíra vojslav
vojslava vojtěch vojtěška vok voldemārs volfango volfgang volkan voršila vosil vratislav vratislava vratko
vreni vrinda vrund všeboj všebor všerad všeslav vsevolod vujadin vujica vuk vukan vukašin vukica vukota
vulmaro vulpiano vuslat vusumuzi vyas wacław wael wahyu waino wakiman walenty walentyn walentyna waleran
waleria walerian walery walgierz walid wallace walter walton waluyo waly wanda wandrille wanesa wani wannes
waqila wardaya wardi warji warley warsa warsita warta wassim watson wava wawan wawrzyniec waylon wayne webster
welat weldon wendell wendy werner weronika wesley wessel westley weston whitney wiara wibke widya wiebke wiem
wiktor wiktoria wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilfrid wilfried wilfryd wilhelm
wilhelmina wilhelmine willa willard willem willi william willie willis wilma wilmer wilson wilton wincenty
winda winfield winifred winnifred winona winston wira wirda wirginia wisnu wissam wissem witalis wolfgang
woodrow wulan wulandari wuraola wyatt wyman władysław włodzimierz xalima xanana xander xatûn xaver xaverie
xaverius xavi xavier xavière xebat xem xenia xenie xénophon xezal ximena xochitl xzavier yaa yacine yacouba
yadira yael yaëlle yağız yağmur yago yahya yahyo yakubu yalçın yalgın yaman yamileth yamina yana yance yango
yani yanis yann yanni yannic yannick yannik yannis yaprak yara yarah yaren yaretzi yaro yaron yaşar yasemin
yasin yasmeen yasmin yasmina yasmine yasser yassin yassine yassir yavuz yaya yazid yazmin yejide yekta yelda
yeliz yenthe yesenia yeşim yessenia yessi yetkin yetunde yewande yfke yibanathi yiğit yıldırım yıldız yılmaz
yinthe ylan ylvi ylvie yoan yoann yoav yoel yogendra yogesh yoginder yohan yohann yolanda yolande yona yonca
yoni yono yoqub yorbek yoro yorqin yosef yoshiko yosra yossef yosun youcef youmna youna younes youness youp
youri yousef yousra youssef youssou youssouf youssouph youssoupha yozida yoznur ysaline yse ysee yseult yüce
yücel yüksel yulia yuliana yumi yümni yuna yuni yunita yunus yuri yûsiv yusuf yvan yven yves yvette yvonne
zabedeo zabina zabir záboj zac zaccaria zaccheo zach zachar zacharia zachariah zachariáš zachariasz zacharie
zachary zaché zachery zack zackary zackery zadig zaenab zafar zafer zafir zahar zaharia zahide zahir zâhit
zahra zaida zain zainab zaira zakaria zakariya zakary zakarya žakelina zaki zakir zala zalán zalindra zama
zamfir zamfira zamir zamira žan zana zanele žaneta žanete žanis zanita žanna zanobi zaraza zaria zarije zarina
žarko zaur zavida záviš zayd zayn zayneb zayniddin zbislav zbyhněv zbyhněva zbyněk zbyňka zbyšek zbyška
zbyslav zbyslava ždan ždana zdena zdeněk zdenka zdenko zderad zdeslav zdeslava zdík zdirad zdislav zdislava
zdravko zechariah zef zefiro zehra zeinab zejnep zekai zekeriyyâ zekiye zelaya zelda želibor zelie zeliha
želimír želimíra zelinda želislav želislava željka željko zella zelma želmír želmíra zeltīte zena zenaide
zenebio ženija zeno zenobia zenobie zenobio zenon zenone zenovia zenzele zéphirin zerdeşt zerrin zerya zétény
zetico zetta zev zeyd zeynab zeyneb zeynel zeynep ziad ziedīte žiga zigfrīda zigfrīds zigmārs žigmund zigrīda
zihnî zikmund zîlan zīle zilola zina zinaida zineb zinedine zinovia zion zita zithulele žitomír žitomíra
žitoslav žitoslava živa živan živana ziver ziya ziyad ziyanda ziyo zizi zlata zlatan zlatica zlatka zlatko
zlatomír zlatomíra zlatuše zobuhle zoéva zoey zofia žofie zofija zohid zohir zohra zoia zoie zoila zoilo zoja
zokir zola zoltán zora zoran zorana zorina zorka zoroslav zoroslava zosim zosima zosimo zoyir zrinislav zrinko
zselyke zsófia zsolt zsombor zubayr zübeyde zübeyr žubīte zühal zula zulaikha zülal züleyha zulfa zulfikar
zümrüt zuxra zuzana zuzanna zvezdana zvonimír zvonimíra zvonko zyad zygmunt đina đorđe đura đurađ đurda đurica
łazarz łucja łukasz əhməd
`;
