// Common Polish and Ukrainian first names and surnames (Latin spelling, as parents write them in
// Dutch forms), lower case, with and without Polish letters.
export const POLISH_FIRST_NAMES = `
jakub kacper szymon filip jan antoni aleksander franciszek mikołaj mikolaj wojciech adam
michał michal stanisław stanislaw wiktor piotr marcel igor bartosz mateusz dawid oskar tymon
kamil krzysztof paweł pawel tomasz łukasz lukasz marek andrzej grzegorz rafał rafal
dariusz mariusz sebastian damian adrian patryk dominik hubert maksymilian nikodem tadeusz
zbigniew ryszard jerzy józef jozef henryk krystian robert artur norbert konrad
zuzanna julia zofia hanna maja lena alicja oliwia amelia wiktoria natalia aleksandra
pola laura nikola gabriela emilia martyna weronika karolina agnieszka katarzyna
małgorzata malgorzata anna magdalena joanna ewa monika barbara dorota beata marta
justyna kinga paulina sylwia iwona jolanta renata grażyna grazyna halina elżbieta
elzbieta krystyna urszula agata dominika klaudia patrycja izabela milena kasia gosia
basia ola asia
`;

export const POLISH_SURNAMES = `
nowak kowalski kowalska wiśniewski wisniewski wiśniewska wisniewska wójcik wojcik
kowalczyk kamiński kaminski kamińska kaminska lewandowski lewandowska zieliński
zielinski zielińska zielinska szymański szymanski szymańska szymanska woźniak wozniak
dąbrowski dabrowski dąbrowska dabrowska kozłowski kozlowski jankowski mazur wojciechowski
kwiatkowski kwiatkowska krawczyk kaczmarek piotrowski grabowski zając zajac pawłowski
pawlowski michalski król krol wieczorek jabłoński jablonski wróbel wrobel nowakowski
majewski olszewski stępień stepien malinowski jaworski adamczyk dudek nowicki pawlak
górski gorski sikora walczak baran rutkowski michalak szewczyk ostrowski tomaszewski
`;

export const UKRAINIAN_FIRST_NAMES = `
oleksandr oleksandra oleksiy oleksii andriy andrii dmytro maksym mykola mykhailo serhiy
serhii volodymyr vladyslav yaroslav bohdan taras ivan petro pavlo yuriy yurii vasyl
viktor artem denys danylo illia ilya kyrylo matvii nazar roman stanislav vadym vitaliy
yevhen yehor zakhar arseniy anatoliy ihor oleh ostap rostyslav svyatoslav timur tymofii
sofiia sofia anastasiia anastasia oksana iryna olena olha kateryna viktoriia viktoria
yuliia yulia daria dariia mariia maria khrystyna tetiana tatiana nataliia natalia
svitlana halyna liudmyla lyudmyla valentyna nadiia alina polina veronika yana zlata
solomiia vasylyna myroslava anhelina diana kira ulyana uliana yeva zoriana lesia
larysa oksanna tamila bozhena marharyta marta vira
`;

export const UKRAINIAN_SURNAMES = `
shevchenko kovalenko bondarenko tkachenko kravchenko melnyk boyko boiko oliinyk
savchenko moroz kovalchuk koval lysenko marchenko rudenko petrenko kuzmenko pavlenko
ponomarenko kravets levchenko klymenko karpenko vasylenko polishchuk shvets tkachuk
ivanenko sydorenko kharchenko romanenko yakovenko hrytsenko tymoshenko zaitsev
kovalenko honcharenko fedorenko mazur lytvynenko nazarenko kushnir humeniuk
`;
