// First names and surnames in Moroccan-Dutch families (Arabic and Amazigh/Berber). Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const MOROCCAN_FIRST_NAMES = `
abdel abdelali abdelaziz abdelfattah abdelghani abdelhadi abdelhak abdelhamid abdelilah abdeljalil abdelkader
abdelkarim abdelkrim abdellah abdellatif abdelmajid abdelmalek abdelmounaim abdennour abderrahim abderrahman
abderrazak abderrazzak abdeslam abdessamad abdou abdul achraf adam aderfi adil adnan adnane ahlam ahmad ahmed
aïcha aiman aisha akram aksel alae ali amal amani amayas amin amina amine amir amira anas anass anir anissa
anouar anwar ashraf asma asmaa asmae assia aya ayat ayman aymane ayoub aziz aziza badia badr badreddine bassma
bilal boubker bouchaib bouchra brahim btissam chadia chafia chafik chahid chaima chaimae chakib chakir chama
dalila dihya dikra dina doha douae dounia driss dunya ebtisam elias fadila fadoua fadwa fahd fahima faissal
farah farid fatiha fatima fatma fatna faycal firdaous fouad fouzia ghali ghalia ghita ghizlane habib habiba
hadda hafid hafida hafsa hajar hakim hakima halima hamid hamza hana hanae hanan hanane hanna haroun harun
hasna hasnaa hasnae hassan hassane hatim hayat hiba hicham hind houda houria houssam houssine hussein ibrahim
ibtisam ibtissam idir idris idriss ihsane ihssane ikram ikrame ilham ilhame ilias ilies ilyas ilyass ilyes
imad iman imane imran inas ines intissar ismael ismail issam jaafar jamal jamila jaouad jawad jihane jinane
juba kamal kaoutar karim karima kawtar kenza khadidja khadija khalid khalida khalil khaoula khira lahcen
lahoucine laila lamia lamine lamyae latifa layla leila lhoussaine lina lobna lotfi loubna luqman maha mahmoud
malak malika manal maria mariam mariem maroua marouane marwa marwan maryam massinissa maysa mazigh mbarek
mbarka mehdi meriem meryem mhamed miloud mimoun mimount mina moha mohamad mohamed mohammed mohand mohcine
mohsin mohssine mokhtar mostafa mouad mouhcine mouhssine mouna mounaim mounia mounir mounira mourad moussa
muhammad mustafa mustapha nabil nabila nacer nadia nadir naima najat najia najib najima najoua naoual naoufal
naoufel nasser nassim nassima nassira nawal naziha nezha nisrin nisrine nizar noah noor nora nordin noufissa
nouh nouhaila nouhayla nour noura nourdin nourdine noureddine omar othman othmane ouafae ouassima ouiam
oumaima oussama rabia rabiaa rabie rachid rachida rafik rahma raja rajaa rajae rania rayan rayane reda redouan
redouane redwan riad rida rihab rim riyad rkia ryan saad saadia sabah saber sabra sabrina safae safia safiya
safouane saïd saida sakina salah salim salima salma salman saloua salwa samah sami samia samir samira sanaa
sanae sara sarah selma siham sihame sliman sofia sofian sofiane soraya souad soufian soufiane souhail souhaila
soukaina soukayna soumaya sufian sufyan taha taoufik tarik tariq tasnim tawfik tesnim thiziri tijani tinhinane
tiziri touria touriya wafa wafaa wafae walid wassila wassim wiam wijdane yahya yamina yani yasin yasmin
yasmina yasmine yasser yassin yassine yassir younes youness younesse younous yousra youssef yuba yunes yunus
yusra yusuf zahira zahra zaid zaina zainab zakaria zakariya zakarya zakia zayd zaynab zhor ziad zineb ziyad
zohra zoubida zouhair zouhir zouhra zoulikha
`;

export const MOROCCAN_SURNAMES = `
aarab abarkan abdellaoui aboutaleb achahbar achaoui achour ahajjam ahmadi aissaoui akrouh alaoui allali
allouch amezian amghar ammari amrani aouragh ayadi azarkan aziz azzaoui azzouzi bachiri bakali bakkali belarbi
belhadj belhaj belkadi benaissa benali benamar benchaib benhaddou bennani bensalah bouali bouamar bouazza
bouchikhi bouchtaoui bouhali bouharrou boujdaini boujemaa boukhari boukhriss boulahrouz bouzian bouzid bouzidi
chaibi chakir chaoui chentouf dahmani daoudi elhamdaoui elkaddouri elmokhtari fassi filali ghazi haddad
haddouchi hajji hamdaoui hamidi haouari harrak idrissi jabri jaouhari kaddouri karimi karroumi khalfi
khalloufi khattabi lahbib lamrani maghraoui mahdaoui makhloufi mansouri marrakchi marzouki messaoudi mokhtari
moumni moussaoui naciri nasri ouahabi ouali ouazzani ouchan outmani rabii rahmouni saadi saidi salhi sebbar
tahiri talbi taouil tounsi touzani yahyaoui yousfi zaidi zaoui zarouali zerouali ziani
`;
