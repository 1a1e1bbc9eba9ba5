// Eritrean and Ethiopian (Tigrinya, Amharic) first names; the "surname" is the father's first name. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const ERITREAN_FIRST_NAMES = `
abeba abel abraham abrehet abrham adiam aklilu alem almaz aman amanuel aron asmerom aster awet azieb azmera
bereket berhane berhe betelhem bethlehem biniam binyam birtukan bisrat dagim danait daniel dawit delina desale
eden efrem elen elsa ermias ermiyas eyasu eyerusalem eyob fanuel feven fikre fikru filmon fiori freweini
freweyni futsum gebre gebremariam genet ghebre ghebreab ghidey girmay goitom habte habtom hagos haile hana
hanna helen helina henok hermon hiwet isaias johannes kahsay kibrom kidane kidist kiflom kisanet kokob lemlem
letay lidya liya luwam lwam mahlet meaza mebrahtu mebrat medhanie medhin mehari mekdes mekonnen merhawi
merhawit meron mesfin meskerem michael mihret mikael milen milena mulugeta mussie nahom nardos natnael
natsinet negash negassi netsanet okbay rahel rahwa rigat rishan robel rozina ruta ruth saba salam samrawit
samson samuel sara saron segen selam selamawit semere semhar senai senait senayt sennait sewit siem sihin
simon simret solomon sosina teame tedros tekie teklay tekle temesgen tesfaldet tesfalem tesfamariam
tesfamichael tesfanesh tesfay tesfaye tewelde tigist tirhas tirsit tsega tsegay tsehay tsehaye tsion weldu
weyni winta wubit yared yemane yemisrach yodit yohana yohannes yonas yonatan yordanos yosief zekarias
zemichael zerai zewdi zufan
`;

export const ERITREAN_SURNAMES = `
abraha amanuel andemariam araya asfaha bahta berhane berhe desta fessehaye gebremariam gebreselassie
ghebrehiwet ghebremedhin ghebreyesus habte haile haileselassie kahsay kidane kifle mebrahtu mehari negash
okbazghi russom sium tekle tesfamariam tesfay tesfaye tewolde weldemichael weldu woldu yemane yohannes zerai
`;
