// First names and surnames from Curaçao, Aruba, Bonaire and the other Caribbean islands. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const ANTILLEAN_FIRST_NAMES = `
andruw chanella churandy dayana didi edsel genaro gianella gianni gilmar gisela hensley jaimy jair jandino
jeandro jeanelle jeanine joeri julio jurensley jurensly jurickson juvanny keanu kenley lisandra ludmila
mariela maylin mayra neysha rangel rignald shakira shanella sharlon shurandy wladimir ximena yanaisa yaritza
yesenia yuraima yurendell yurick yuriska zuleima
`;

export const ANTILLEAN_SURNAMES = `
albertus balentien bogaerts capriles cijntje curiel daal doran everts gregorius henriquez isenia janga jansen
koeiman maduro martina profar rosaria schoop semeleer tromp winklaar
`;
