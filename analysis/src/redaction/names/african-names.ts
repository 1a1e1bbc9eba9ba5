// Common first names and surnames of Eritrean, Ethiopian and Somali families, plus West-African and
// Cape Verdean names, lower case. Eritrean and Ethiopian "surnames" are usually the father's first name.
export const AFRICAN_FIRST_NAMES = `
yonas yohannes johannes mussie merhawi filmon semere senait semhar selam feven helen
saba ruth lidya luwam eden hermon winta yordanos abraham daniel dawit samuel
kidane tesfay tesfaye tekle habte berhane haile mebrahtu ghebre goitom kibrom
mehari michael natnael robel simon solomon teklay tewelde yemane yosief aron amanuel
biniam efrem eyob fikre henok isaias kahsay medhanie mulugeta negassi okbay
abeba almaz aster azieb bethlehem elsa eyerusalem freweyni genet hiwet kidist
meaza mebrat meron mihret nahom rahel sara senayt tsega tsehay yodit zewdi
mahlet hanna hana betelhem selamawit tigist birtukan wubit
mohamed abdi abdirahman abdullahi ahmed ali hassan ismail liban mahad omar
farah hodan amina fadumo hibo ifrah ilhan leyla nasra sagal sahra ubah
kwame kofi kwaku yaw ama akosua abena efua adwoa chidi chinedu emeka ngozi
chioma amara oluwaseun tunde ayodele kemi nana ousmane mamadou moussa aminata fatou
`;

export const AFRICAN_SURNAMES = `
tesfamariam habte tekle ghebremedhin weldemichael berhane haile mebrahtu kidane
gebremariam ghebreyesus tesfay tesfaye woldu yohannes andemariam araya asfaha
bahta berhe desta fessehaye ghebrehiwet gebreselassie haileselassie kahsay kifle
mehari negash okbazghi russom sium tewolde weldu yemane zerai abraha amanuel
abdi warsame farah mohamud hersi jama nur osman yusuf egal omar ahmed
mensah owusu boateng asante osei appiah adjei okafor okonkwo adeyemi diallo
ba sow traore keita fofana
`;
