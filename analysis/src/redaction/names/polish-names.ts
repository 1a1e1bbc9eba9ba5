// Polish first names (with diminutives parents use: Kuba, Kasia) and surnames, with Polish letters. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const POLISH_FIRST_NAMES = `
adam adrian agata agnieszka aleksander aleksandra alicja amelia andrzej ania anna antek antoni antonina
arkadiusz artur asia barbara bartek bartosz bartłomiej basia beata bogdan bożena damian daniel danuta dariusz
dawid dominik dominika dorota edyta elżbieta emilia ewa ewelina filip franciszek franek gabriela gosia grażyna
grzegorz halina hania hanna henryk hubert iga ignacy igor irena iwona izabela jacek jadwiga jakub jan janina
janusz jarosław jerzy joanna jolanta józef julia julian justyna kacper kamil kamila karol karolina kasia
katarzyna kazimierz kinga klaudia konrad krystian krystyna krzysztof kuba laura lena leon leszek lilianna
lukasz maciej magda magdalena maja maksymilian malgorzata marcel marcin marek maria mariusz marta martyna
marzena mateusz małgorzata michal michał mikolaj mikołaj milena miłosz monika natalia nikodem nikola norbert
ola olek oliwia oskar patrycja patryk paulina pawel paweł piotr pola przemysław radosław rafal rafał renata
robert roman ryszard sebastian stanislaw stanisław staś stefan sylwia szymon sławomir tadeusz teresa tomasz
tymon tymoteusz ula urszula weronika wiktor wiktoria wioletta witold wojciech wojtek władysław zbigniew
zdzisław zofia zosia zuzanna łukasz
`;

export const POLISH_SURNAMES = `
adamczyk bąk baran borkowski chmielewski czarnecki dąbrowska dąbrowski duda dudek górski grabowski jablonski
jabłoński jakubowski jankowski jasiński jaworski kaczmarek kalinowski kamińska kamiński kowalczyk kowalska
kowalski kozlowski kozłowski kołodziej krawczyk król kubiak kucharski kwiatkowska kwiatkowski lewandowska
lewandowski majewski malinowski marciniak mazur mazurek michalak michalski nowak nowakowski nowicki olszewski
ostrowski pawlak pawlowski pawłowski pietrzak piotrowski rutkowski sadowski sawicki sikora sobczak sokołowski
stępień szczepański szewczyk szymańska szymański tomaszewski walczak wieczorek wilk wiśniewska wiśniewski
witkowski wojciechowski wójcik woźniak wróbel wróblewski wysocki włodarczyk zając zalewski zawadzki zielińska
zieliński
`;
