// Romanian and Bulgarian first names and surnames, without diacritics as parents mostly type them.
// Written by hand from general knowledge, lower case, sorted, one token each.
export const ROMANIAN_BULGARIAN_FIRST_NAMES = `
adina adrian aleksandar alexandra alexandru alina ana ana-maria anca andreea andrei antoaneta bianca bogdan
boris boryana catalin ciprian cosmin cristian cristina daria darius denisa desislava diana dimitar dorin
dragos eduard elena florentina florin gabriel gabriela galina georgi georgiana gergana gheorghe hristo ilinca
ioana ion ionut irina ivan ivana kaloyan krasimir kristina larisa lavinia loredana luca madalina margarita
maria marius martin matei mihaela mihai milena nadezhda neli nicoleta nikol nikolay oana ovidiu petar petya
plamen radost radu raluca raya razvan roxana sebastian silvia simona sorin stefan stoyan svetla svetoslav
teodora todor tsvetelina tudor vanya vasil vasile ventsislav veselin viktoria vlad yordan yordanka
`;

export const ROMANIAN_BULGARIAN_SURNAMES = `
angelov barbu ciobanu constantin dimitrov dinu dumitru florea georgiev gheorghe hristov ionescu ivanov lazar
marin matei mihai moldovan munteanu nikolov nistor petrov popa popescu radu rusu stan stoica stoyanov
todorov tudor
`;
