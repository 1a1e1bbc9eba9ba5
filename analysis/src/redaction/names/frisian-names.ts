// Frisian first names (Friesland and the Frisian-speaking families elsewhere). Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const FRISIAN_FIRST_NAMES = `
aaltsje abe afke akke anke antsje ate atse atze auke aukje bauke baukje beert beitske berber binne bote bouke
dieuwke diuwerd doede doutsje doutzen douwe durk durkje eelco eelke eelkje eeltsje elbrich fetsje foeke fokje
fokke folkert folkje freerk froukje geart geartsje geeske gerben gerbrich gerke gerlof germ gjalt gosse griet
gryt grytsje haije haitse hannie harke harmen hessel hette hidde hiddo hielke hiltje hiltsje hinke hinne hiske
hotse hylke hylkje ibe ids idske iebele iede ieke ikje jaap jacob janke jantsje jeen jelle jelmer jelske jelte
jeltje jeltsje jetse jetske jikke jildert jildou jitse jitske jochum jorrit jouke joukje jurjen jurre klaas
klaasje klaske lammert lieuwe lolke lolkje lútsen lutske lysbet margje marijke marten martsje meike meinte
minke minne nienke nynke nyske oebele oeds oege oeke oene pier popke pytsje reinder reinou riemer rienk rinse
rinske rintje rintsje rixt romke romkje sape siebe siebren sieds sieger sierd sietse sietske sikke sipke sjerp
sjieuwke sjoerd sjoerdje sjouke sjoukje steffen styn swaantje sybe sybren sytske tabe taeke teake tetje tetsje
tjalle tjalling tjeerd tjerk tjibbe tjitske tjitte trijntje tsjalle tsjalling uilke uilkje ulbe ulke watse
wiebe wiebren wiebrich wietse wietske wike willemke wimke wiske wopke wypkje wytse yde yerne yfke yke ymkje
ynte ype ytsje
`;
