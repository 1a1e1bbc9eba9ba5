// Ukrainian first names (Ukrainian and Russian transliterations, common diminutives) and surnames. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const UKRAINIAN_FIRST_NAMES = `
aleksei alexei alina alisa alla anastasia anastasiia anatoliy andrei andrii andriy angelina anhelina anna
anton anya arina arsen arseniy artem artyom bohdan bohdana borys bozhena danylo daria dariia dariya daryna
dasha denys diana dima dmitri dmitry dmytro egor evelina galyna halyna ihor illia ilya inna irina iryna ivan
ivanna karina kateryna katya khrystyna kira kirill kolya kostiantyn kristina ksenia kseniia kyrylo larysa lena
lesia lesya liliia liudmyla lyudmyla maksym margaryta marharyta maria mariana mariia marina marko marta maryna
masha matvii matviy maxim mikhail mila milana misha mykhailo mykola myroslava nadia nadiia nadiya nastya
natalia nataliia nazar nazarii nikita nikolai nina oksana oksanna oleg oleh oleksandr oleksandra oleksii
oleksiy olena olga olha olya orest ostap pavlo petro polina roksolana roman rostyslav ruslan sasha sergei
sergey serhii serhiy snizhana sofia sofiia sofiya solomiia solomiya stanislav stepan sveta svetlana sviatoslav
svitlana svyatoslav taisiia tamara tamila tanya taras tatiana tetiana timur tymofii tymofiy uliana ulyana
vadym valentyn valentyna valeriia valeriy vanya varvara vasyl vasylyna vasylysa veronika vika viktor viktoria
viktoriia vira vitaliy vladimir vladyslav volodymyr vova yana yaroslav yaroslava yaryna yegor yehor yelyzaveta
yeva yevhen yevheniia yevheniya yulia yuliia yuri yurii yuriy yurko zakhar zhanna zlata zoriana zoryana
`;

export const UKRAINIAN_SURNAMES = `
boiko bondar bondarenko boyko fedorenko hnatyuk honcharenko hrytsenko humeniuk ivanenko ivanov karpenko
kharchenko klymenko kostenko koval kovalchuk kovalenko kozak kravchenko kravets kushnir kuzmenko levchenko
lysenko lytvyn lytvynenko marchenko martynyuk mazur melnyk moroz nazarenko oliinyk pavlenko petrenko petrov
polishchuk ponomarenko romanenko rudenko savchenko shevchenko shevchuk shvets sydorenko symonenko tkachenko
tkachuk tymoshenko vasylenko yakovenko yaremchuk zaitsev zakharchenko zinchenko
`;
