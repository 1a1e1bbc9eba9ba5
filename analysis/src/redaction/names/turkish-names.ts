// Common Turkish and Kurdish first names and surnames in Turkish-Dutch families, lower case, with and
// without Turkish letters (ş/s, ç/c, ğ/g, ı/i, ö/o, ü/u) because parents type both.
export const TURKISH_FIRST_NAMES = `
mehmet ahmet mustafa ali hüseyin huseyin hasan ibrahim ismail osman yusuf murat emre burak
kerem can cem deniz efe eren emir enes furkan hakan kaan kemal mert oğuz oguz onur ozan
serkan sinan tolga tuncay umut yasin yiğit yigit yunus alperen arda batuhan berkay berk
doruk ege egemen eray erdem erkan ersin fatih gökhan gokhan halil ilker kadir koray levent
metin necati orhan ömer omer recep salih selim serdar sercan taner tarık tarik turgay uğur
ugur volkan yavuz yücel zafer abdullah bayram cengiz cihan erol ferhat harun kenan mahmut
muhammet nihat orhun şahin sahin tayfun tuncer yakup yılmaz baran berat eymen aras kuzey
alp alparslan miraç mirac çağan cagan doğukan dogukan ayaz aslan bora kaya
ayşe ayse fatma emine hatice zeynep elif meryem merve esra büşra busra kübra kubra sümeyye
sumeyye şeyma seyma tuğba tugba derya ebru gül gul gülsen gulsen hülya hulya leyla melek
nur nurten özlem ozlem pınar pinar selin sevda sevgi songül songul şule sule tülay tulay
yasemin yeliz zehra zerrin aylin ayten azra beyza betül betul buse cansu damla defne dilara
duygu ecrin ela eylül eylul gizem gamze hande irem ipek kader melis miray nazlı nazli nehir
nisa öykü oyku rabia sena serap sibel sinem tuba yağmur yagmur zümra zumra ece eda esma
hacer havva hilal kevser medine necla nesrin nilay nuray rukiye saadet sevim songul filiz
gülay gulay hanife ilknur mine mualla nermin nihal semra serpil sultan şükran sukran asya
hira ikra ikranur elanur zeynepnur belinay meva
`;

export const TURKISH_SURNAMES = `
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk
ozturk aydın aydin özdemir ozdemir arslan aslan doğan dogan kılıç kilic aslan çetin cetin
kara koç koc kurt özkan ozkan şimşek simsek polat korkmaz karataş karatas erdoğan erdogan
güneş gunes akın akin acar bulut keskin ünal unal tekin güler guler uçar ucar yavuz
yüksel yuksel aksoy bozkurt çakır cakir ateş ates tunç tunc duman özer ozer coşkun coskun
turan sarı sari işık isik altun altın altin güven guven taş tas eren oral uysal kocaman
karakaya kahraman yalçın yalcin avcı avci ekinci sönmez sonmez türk turk toprak sezer
gündoğdu gundogdu bayram çiftçi ciftci kaplan kartal demirci kılınç kilinc budak durmaz
erol genç genc tan tosun uzun ay akgül akgul özcan ozcan balcı balci bilgin cengiz
`;
