// Ghanaian, Nigerian and other West-African first names and surnames. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const WEST_AFRICAN_FIRST_NAMES = `
abdoulaye abena adaeze ade adebayo adjoa adwoa afua aissatou akosua akua aliou ama amadou amara aminata awa
ayo ayodele babatunde binta bisi boubacar cheikh chiamaka chidi chinedu chioma chukwuemeka ebo efua emeka
emmanuel esi fatou fatoumata femi folake funmi funmilayo godfred ibrahima ifeanyi ifeoma kadiatou kelvin kemi
kofi kojo kwabena kwaku kwame kwasi lamine mamadou mariama modou moussa nana ngozi nneka obinna oluwaseun
oumou ousmane prince ramatoulaye seun seydou souleymane tobi tunde yaa yaw youssouf
`;

export const WEST_AFRICAN_SURNAMES = `
adeyemi adjei appiah asante boateng diallo fofana keita mensah okafor okonkwo osei owusu traore
`;
