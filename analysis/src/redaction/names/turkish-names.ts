// First names and surnames in Turkish- and Kurdish-Dutch families, with Turkish letters. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const TURKISH_FIRST_NAMES = `
abdullah ada ahmet ahsen ahu ali alp alparslan alper alperen alya aras arda ares arif asel aslan asya atakan
ayaz aybars aybüke aydın ayfer ayhan ayla aylin aynur ayşe ayşegül aysel ayşenur aysu aysun ayten azad aziz
azra bahar baran barış başak batu batuhan begüm belgin belinay berat berfin beril berivan berk berkan berkay
berkin berna berra berxwedan betül beyza bilal bora buğlem burak burcu burhan buse büşra büşranur çağan çağlar
çağrı can canan cansu cem cemal cengiz ceren ceylin cihan çınar ciwan coşkun cüneyt damla defne deniz derya
didem dilan dilara dilay dilek dilovan diyar doğa doğan doğukan doruk duru duygu ebrar ebru ece ecem ecrin eda
efe efsa ege egemen ekin ela elanur elçin elif elifnur elisa elisu elvan emel emine emir emirhan emre enes
engin eray ercan erdem erdoğan eren erhan erkan erol ersin ertan ertuğ ertuğrul esila eslem esma esmanur esra
evin eylem eylül eymen eyüp ezgi fadime fahri faruk fatih fatma fatmanur ferhat feride figen fikret filiz
funda furkan gamze gizem gökhan göktuğ göktürk gönül görkem gül gülay gülbahar gülcan gulistan gülizar gülnur
gülşen gülsüm gülten gürkan güven hacer hakan hakkı hale halil hamza hande hanife harun hasan hatice havva
hayri hazal hêvî hikmet hilal hilalnur hira hiranur hozan hülya hüseyin ibrahim iclal ikra ikranur ilayda
ilhan ilker ilknur ipek irem irmak ismail ismet jiyan kaan kadir kağan kamil kardelen kaya kayra kemal kenan
kerem kerim kevser koray kübra kübranur kürşat kuzey lale levent leyla mahmut mazlum medine mehmet melek
meleknur melih melike melis meltem mert merve meryem mesut mete metehan metin meva mina mine miraç miran miray
mirza mualla muhammed muhammet murat mustafa naz nazdar nazlı nebahat necati necla nehir nermin nesrin nihal
nihan nihat nilay nilüfer nisa nisanur numan nur nuran nuray nurcan nurgül nurhan nurten oğuz oğuzhan okan
ömer onur orhan orhun osman öykü ozan özgür özlem pelin perihan pınar poyraz rabia rabianur ramazan recep
rênas reyhan rıza rojda rojhat roza rûken rukiye rümeysa rüya rüzgar saadet sabiha şahin sait salih saliha
sarp savaş seda sedef selçuk selim selin selma sema semih semra sena serap sercan serdar serhat serhildan
serkan serpil serra seval sevda sevgi sevgül sevil sevim şeyma sibel simay sinan sinem şivan songül sude
sudenaz şükran şükrü şule süleyman sultan sümeyra sümeyye taha talha tamer taner tarık tayfun taylan tolga
tuana tuba tuğba tuğra tülay tülin tuna tuncay tuncer turgay turgut uğur ümit ümmühan ümran umut utku veli
viyan volkan welat yağız yağmur yakup yaprak yaren yasemin yasin yavuz yeliz yiğit yıldız yılmaz yücel yunus
yusuf zafer zana zehra zehranur zeki zelal zerrin zeynep zeynepnur ziya zozan zübeyde zümra
`;

export const TURKISH_SURNAMES = `
acar akgül akın aksoy aktaş altın altıntaş altun arslan aslan ateş avcı ay aydın aydoğan bakır balcı başaran
bayrak baysal bilgin bozkurt budak bulut çakır can çelik cengiz çetin çiftçi coşkun demir demirci doğan duman
durmaz ekinci erdem erdoğan eren erol genç gök güler gümüş gündoğdu güneş güven ışık kahraman kalkan kandemir
kaplan kara karabulut karaca karadağ karakaya karataş kartal kaya keskin kılıç kılınç kızıl koç kocabaş
kocaman korkmaz köse kurt kuru mutlu okur oral öz özbek özcan özdemir özer özkan öztürk polat şahin sarı şen
sevim sezer şimşek sönmez tan taş tekin toprak tosun tunç turan uçar ünal uysal uzun yalçın yavuz yiğit
yıldırım yıldız yılmaz yüksel yurt zengin
`;
