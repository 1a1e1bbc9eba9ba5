// Common Dutch first names (children born 1970–2020 and their parents) and surnames. Written by hand
// from general knowledge; lower case, one token each. Surnames are stored without tussenvoegsel
// ("de Vries" → "vries"), which the name finder adds back.
export const DUTCH_FIRST_NAMES = `
daan sem lucas levi finn noah milan jesse bram thijs luuk lars tim ruben thomas stijn jayden mees
sven julian max gijs tijn siem luca jens teun cas sam boaz jurre olivier ties mats dex morris hugo
floris pepijn jasper wouter niels koen bas rick joost martijn jeroen sander erik peter jan kees henk
piet klaas gerrit willem hendrik cornelis johannes jacobus pieter dirk arie wim hans rob frank paul
marco dennis michel patrick richard vincent mark bart arjan edwin ronald robert roel rutger tom timo
maarten joris jelle jort hidde sietse sjoerd wessel wietse jelmer rens stan tygo vigo guus job jip
mick nick dylan kevin mike jeffrey roy danny stefan bob ben dave ivo kai kay mika jace benjamin
david daniel adam samuel elias jonathan joshua liam mason james noud otis pim quinten ravi raf
siebe tobias vince xavi yannick zeger arend aart bert berend diederik egbert evert frits gert govert
harm hein herman ids jochem jorrit lodewijk menno nout reinier ruud tjeerd wijnand wiebe anton
cees coen dolf ferdinand gijsbert huub jaap leendert matthijs ewout sebastiaan marijn mathijs
emma julia mila tess sophie zoë zoe sara nora yara eva noor evi saar anna lotte liv fenna lieke
fleur sanne lisa isa nina lynn elin norah olivia femke esmee anne iris lauren lara roos maud
loïs lois ilse marloes annemiek anouk marieke ingrid margreet chantal patricia wendy esther linda
monique sandra petra marjolein mirjam judith karin natasja miranda ilona jolanda manon mariska
willemijn femmie sietske hanneke marleen annelies josien janneke charlotte floor fem hannah hanna
jill kim lynn merel nienke rosalie sterre suze tara vera veerle yfke zara elise emily amber demi
eline ilona jasmijn jente jet joëlle kiki lana lena lina liza luna lizzy maartje marit marije
mirthe myrthe naomi nova puck quinty robin romy sanna senna silke sofie sophia tamara tirza
valerie vanessa wilma yvonne zoey babette bente daphne dewi dina elize elsa evelien fiene
fieke floortje gerda greet hilde inge jacqueline jantine jolien kirsten laura lieve lisanne lot
lotje loes marianne marja mieke nathalie nicole noa pien renske rianne riet saskia simone
stephanie tineke trudy ellen els annette martine marina marieke agnes annie bep corrie dineke
ria jannie klaasje geertje hennie truus diny tonnie nel mies toos wil ans thea ina janne jikke
kaatje madelief mare merle nynke rixt sylvia eefje eva-marie anne-sophie anne-marie jan-willem
jan-peter jan-kees
`;

export const DUTCH_SURNAMES = `
jong jansen vries visser smit meijer meyer bakker mulder boer groot bos vos peters hendriks
dekker dijk brouwer wit dijkstra smits graaf meer linden kok jacobs haan heuvel berg vermeulen
veen bosch leeuwen beek wal wijk willems vliet hoekstra maas schouten koster prins huisman
kuipers vink post kramer scholten boer jonge kuiper veenstra timmermans verhoeven hermans
bergh kuijpers koning ven vermeer heijden postma gerritsen goossens wouters kok martens
molenaar sluis jonker evers hoek brink meulen dam steen veldhuis wouters hoogendoorn
berg bruin vos huisman wolf schipper hoekman verbeek hartman laan leeuw klein hofman
janssen janssens peeters aerts claes vandenberghe dekkers verheijen driessen keizer
willemsen boom broek hout horst lange linde zanten beekman bouwman bulthuis dijkman
fransen geerts groen haas hoogland jonkman kamp kroon lammers mol nijland oosterhuis pol
rijn roos rutten schaap schut sikkema spijker stam terpstra tromp veenman verbruggen
vermaat vogel vos wagenaar westerhof wiersma zijlstra zwart bouma brandsma dijkhuis
faber gerrits haverkamp jager kalkman koopman kramer leenders mertens nieuwenhuis
oostra plas reinders rozendaal scheper siebring stoffels teunissen ubbink veldkamp
verschuren visscher wijnands zuidema bosma dam bergsma bijl bos dekker doorn eijk elzinga
gelder graaff grift groenewegen hamers hendriksen hoogeveen huizinga jaspers kempen
kooistra kortekaas lubbers mensink mooij nijhuis oudshoorn ploeg raaijmakers
roelofs schuurman slot snijders stokman tamminga tuinstra valk verhoef vlaar wessels
wijngaarden zandbergen steenbergen kramer kloosterman bakkers goede haan ham vaart
akker berge berkel bor brugge dool dungen eem ende gaag hulst kolk laar leur molen
pauw plas poel ree riet schoot straten velde velden vliet waal weijden werf wiel wijngaard
zande zee zwaan geest gogh kempen peer heuvel hoven ruijter ruyter klerk wilde koning
`;
