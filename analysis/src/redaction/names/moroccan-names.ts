// Common first names and surnames in Moroccan-Dutch families (Arabic and Amazigh/Berber), lower case.
// Surnames are stored without particles ("El Amrani" → "amrani"); the name finder handles el/al/ben/ait.
export const MOROCCAN_FIRST_NAMES = `
mohammed mohamed mohamad muhammad ahmed ahmad youssef yusuf yassin yassine ayoub ilias ilyas
adam rayan ryan amine mehdi hamza bilal anas imran ismail ibrahim soufiane sofiane zakaria
zakariya karim abdel abdelkader abdelkarim abdellah abdelhak abdeslam abdelaziz abdelali
abderrahim abderrahman mustafa mostafa omar othman hicham hassan hassane hussein driss rachid
said saïd samir nordin noureddine redouan redouane khalid jamal mounir mourad najib nabil
tarik tariq younes younesse yahya zouhair aziz badr brahim farid fouad hakim hamid jaouad
jawad khalil lahcen lahoucine mimoun mohand noah nassim nizar othmane reda rida salah
sami sofian taha walid wassim yasin youness zaid zayd anouar anwar idriss ilyass marouane
marwan mouad moussa naoufal oussama rabie rachida sufyan yunus zakaria abdelilah abdessamad
fatima fatiha khadija aicha aïcha aisha malika naima nadia samira saida souad latifa
zineb zainab zahra hafsa hajar imane iman salma sara sarah yasmina yasmine yasmin nora noor
nour kawtar kaoutar meryem maryam mariam houda hanane hind ikram ilham jamila karima laila
layla leila loubna najat nawal nisrine ouafae rachida rajae sanae siham soumaya wafae
wijdane yousra yusra zoubida amal asmae asma chaimae chaima dounia douae fadoua ghizlane
hiba hayat ibtissam inas ines kenza khaoula lamia lina lamyae manal maroua marwa mouna
nadia najoua nassima rania rim sabah safae safia sakina selma sihame soukaina amina
aya ayat malak maysa nadia nouhaila rihab sanaa soraya touria yamina zakia zohra
soufian nadir anir amir adil
`;

export const MOROCCAN_SURNAMES = `
amrani idrissi ouali bouzid benali aouragh khattabi boukhari azzouzi hamdaoui ouazzani
bakkali tahiri alaoui mansouri haddouchi bouali chaoui yousfi ayadi fassi bouazza karroumi
moussaoui hadji messaoudi aarab achahbar ahmadi akrouh allali amghar ammari aziz
bachiri bakali belhaj belkadi benaissa benchaib bennani bouchtaoui boujdaini boulahrouz
bouhali boukhriss chakir chentouf daoudi elhamdaoui filali ghazi haddad hajji hamidi
harrak jabri karimi khalloufi kaddouri lamrani lahbib maghraoui mahdaoui marzouki
mokhtari moumni naciri ouchan outmani rahmouni saidi sebbar taouil tounsi yahyaoui
zaidi zarouali zerouali ziani bouzidi amezian achour azarkan bouamar bouharrou
elkaddouri elmokhtari haouari rabii ouahabi
`;
