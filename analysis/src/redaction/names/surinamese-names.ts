// Common first names and surnames in Surinamese-Dutch families: Hindustani, Creole/Afro-Surinamese,
// Javanese and Chinese-Surinamese. Lower case, one token each.
export const SURINAMESE_FIRST_NAMES = `
ravi anand ramesh rajesh rakesh sunil anil vikash vishal vijay sanjay sandeep dinesh mahesh
kishan krishna shiva suresh naresh mukesh ashwin arvind amit rohit rahul deepak pravin prem
rishi roshan rajiv ranjit satish shailesh sharvan tarun umesh vinod yogesh jiten jeetesh
kiran nitin nitesh prakash radjesh radjin rishie soeresh kailash shanti priya kavita sunita
anita savitri sita geeta gita indra indira kamla kalpana lakshmi meera nisha pooja puja
radha rekha renuka rita sarita seema shanta sharmila shalini sheila sushila usha vanita
asha anjali divya jyoti kajal kavya maya neha preeti rani reshma rubia sangita shirley
shivani sonia sunaina suniel soenita roshni anousha chandni devika jasmin naz nandini
marvin quincy romano jairzinho clarence glenn errol ronald humphrey dino kenneth winston
gerold stanley lucien orlando rudy hensley ruud clyde etienne gino romeo jurgen jerrel
giovanni dwight rivaldo ryan darryl sergio shaquille jermaine jamal xander
sharon djamila shanice shanaya chanel gwendolyn iris jennifer joyce marcia mavis melissa
natasha priscilla rosita sandra shirley tamara wendy yvette ingrid cheryl denise esmeralda
marisa nathaly roxanne sherida sheryl tatjana virginia yolanda kimberley
sri wati soeparman soekarno joko agus suparman sutrisno wahyu yanti ratna dewi asmi sari
sumiati tukiyem roesmini roedi djoko
`;

export const SURINAMESE_SURNAMES = `
ramdin ramdas ramcharan sewnath kalloe biharie sitaldin jadnanansing kanhai baldewsingh
ramlal ramkisoen ramautar ramsaran mahabier mangal mohan bhagwandin chotkan debi doerga
ganga gobardhan jagessar jairam kandhai kartosen kasanpawiro kromodimedjo lachman mahadew
mathura mungra nankoe oedit persad poetoe rambaran ramjiawan ramnath ramsoekh ramsahai
ramsundersingh santokhi sardjoe sewdien sewtahal soekhai soerdjbalie sookhoo tewari
tjon wong wijngaarde linger pinas vanenburg emanuelson fraenk doelwijt misiedjan
sabajo sedney tjin amatkasan aloema brunings cairo chin dijkhoff eersel fernandes
grootfaam held kasantaroeno kromosoeto leeflang lieuw marica mijnals nelom panka
pengel refos renfurm samsom sanches soeters tjoe waaldijk wongsodikromo
`;
