// First names and surnames in Surinamese-Dutch families: Hindustani, Javanese, Creole and
// Chinese-Surinamese. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const SURINAMESE_FIRST_NAMES = `
aarti adi agus amar amit amoy amrita anand andy angelo ani anil anita anjali anoeshka anoeska anouschka
anousha anoushka anthony arjun arti arvid arvind aryan asha ashanti ashley ashna ashok ashvin ashvini ashwin
asmi avinash bambang bhairo bhavna budi calvin chandni chandra chandrika chantal cheryl clarence clyde curtis
darmo darnell darryl dayanand dayenne deborah deepa deepak deepika delano denise denzel desmond dev devendra
devi devika dewayne dewi dharam dharmendra dharmindra dhiraj dinesh dino dion divya djamila djoko donovan
dwayne dwight earl edson elvis emilio endang ernesto errol esmeralda etienne eugene gaitrie ganesh ganeshdath
gangadai garvey geeta gerold gerson gilbert gino giovanni girish giselle gita glenn gracia gregory gwendolyn
hardjo harish hemant hemwatie hensley humphrey imani indira indra indradevi ingrid iris ishani ishwar ivano
jacinta jagdish jai jairzinho jamal jamiro janice janki jasmin jasmine jasoda jaylano jayvano jayvion jeanette
jeetesh jeffrey jennifer jeremain jeremiah jermain jermaine jerrel jerry jiawei jiten jitendra joko jolanda
jordy jorginho joyce jurgen jurich jurickson jyoti kailash kajal kalawatie kalpana kamini kamla kamlesh kanta
karan karmini karto kasmin kavita kavya kayleigh kenneth kenrick keshav kevin kimberley kimberly kiran kishan
kishen krishna kromo kumar kyra lachmi lakshmi lalit lata latoya leandro leela legiman lestari lijuan lisandra
lisette lloyd lorenzo lucien mahadeo mahendra mahesh mala manoj marcia marciano mardi mardjo marisa marisca
marlène marlon marvin mavis maya meena meera melissa melvin ming mitchel mohini mukesh murni nadine nanang
nand nandini naomi naomie narain narendra naresh natasha nathaly nathaniel nathifa naveen navin naz neha
ngatini nigel nikita ningsih nirmala nisha nitesh nitin norman oemesh omadevi orlando padmini paidi paiman
parmeshwar partini patricia pawan poniman ponirah pooja pradeep prakash pravin preeti prem premchand priscilla
pritam priya puja purvi puspita quincy quinsley quinty rachelle radha radj radjesh radjin radjinder raheem
rahul rajen rajendra rajesh rajiv rakesh ramdath ramesh ramon rani ranjit ratna ravi ravindra raymond reginald
rekha renuka reshma reshmie rhodé ricardo rigino rishab rishi rishie rita rivaldo riya rodney rodrigo roedi
roesmini rohit romano romeo ronald ronaldo roshan roshni roshnie rosita roxanne rubia rudsel rudy ruël rukmini
ruud ryan sabitrie sabrina sachin sadimin sainem sandeep sandra sangeeta sangita sanjay sanjiv santosh sanya
sari sarinah sarita sarmi sarmin sarmo sarojini satish satyam savitri seema sergio sewnath shailesh shaina
shalini shanaya shanice shanta shanti shaquille sharda sharmila sharon sharvan sheila shemar sherida sherilyn
sherwin sheryl shirley shiva shivan shivani shivnarain shreya shyam sita siti slamet soekardi soekarmi
soekarni soekarno soekimin soekino soemini soenil soenita soepardi soeparman soeparmi soeresh soeshila
soewarno sonia sonja sri stanley steven sugianto sukarmi sukiman sumiati sumini sumirah sunaina sunarto
sunayna suniel sunil sunita supardi suparman suresh sushila sutrisno tamara tamira tanisha tarun tatiana
tatjana terrence tiara tjokro tukimin tukiyem tumirah tyrese tyrone umesh urvin usha valeska vandana vanessa
vanita vidya vijay vikash vikram vinita vinod virgil virginia vishaal vishal vishnu vivek wagiman wagimin
waginah wahyu wati wendy wesley winston xander xiao yanti yanto yashna yogesh yolanda yordi yvette ziva
zuleika
`;

export const SURINAMESE_SURNAMES = `
aloema amatkasan atmodimedjo baldewsingh bhagwandin biharie bisoendial brunings cairo chedi chin chotkan debi
dijkhoff doelwijt doerga dwarka eersel emanuelson fernandes fraenk ganga gangapersad gobardhan grootfaam held
jadnanansing jagernath jagessar jairam kalka kalloe kandhai kanhai karijo kartosen kasanpawiro kasantaroeno
kromodimedjo kromosoeto kross lachman lachmon leeflang lieuw lieveld linger madho mahabali mahabier mahadew
mangal marica mathura mijnals misiedjan moestadja mohan mungra nandoe nankoe nelom oedit oemrawsingh paidin
panka parbhoe pawirodihardjo pengel persad persaud pinas poeran poetoe radjkoemar raghoebier ramautar rambaran
ramcharan ramdas ramdhani ramdin ramjiawan ramkhelawan ramkisoen ramlal ramnath ramsahai ramsaran ramsoekh
ramsundersingh refos renfurm sabajo samsom sanches santokhi sardjoe sastrodimedjo sedney semoedi sewdien
sewnath sewtahal sheombar sital sitaldin soekhai soekhlal soemodihardjo soerdjbalie soeters sohansingh
sontosoedarmo sookhoo tewari tjin tjoe tjon vanenburg waaldijk wijngaarde wong wongsodikromo wongsoredjo
zaalman
`;
