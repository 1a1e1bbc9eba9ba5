// First names and surnames of Syrian, Iraqi and other Arabic-speaking families; surnames without
// the al-/el- particle, which the name finder handles. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const ARABIC_FIRST_NAMES = `
abbas abdelrahman abdo abdulaziz abdulkarim abdullah abdulrahman abeer aboud adel adnan afraa ahmad ahmed
aiham aisha akram alaa ali alma amal amani amjad ammar amr anas anwar aseel ashraf asma aya ayah ayham ayman
bahaa bakr baraa baraah basel bashar bassel batool batoul bayan bilal bisan dalal dalia dana dima doaa duaa
ehab elias eman fadi farah fares farid farida faris fatima fatma firas ghada ghaith ghassan ghazal ghina habib
habiba hadeel hadi hadil haidar haider haitham hala hamad hamid hamoud hamoudeh hamoudi hamza hanan hani hasan
hashem hassan haya haytham heba hiba huda hussam hussein ibrahim ihab ilaf imad iman inas israa issa jad jalal
jamil jamila jana jihad joud joudi jouri judy jumana karam kareem karim karima kawthar khadija khaled khalid
kinan kinda laith lama lamar lamees lamis lana lara latifa layal layan leen leila leith lina louay lubna
lujain lulu maha mahdi maher mahmoud majd malak malek manar marah maram mariam marwa marwan maryam masa mawada
maya mayar mays maysoon mayssa mazen mehdi mira moaz mohamad mohammad mohannad mouaz mouhammad muaz muhammad
muhannad mujtaba muna munir murad murtada mustafa nabiha nabil nada nader nadia nadine nagham naima naser
nazeer nermin nisreen nizar noor nour noura nourhan nur obada obaida obaidah ola omar osama qais qamar qasim
qusai raed raghad rahaf rahma rakan rama ramez rami rana randa raneem rania ranim rasha rashid rawad rawan
rayan razan reem reham riad rida rim ritaj riyad roua rouaa rouba rua ruaa ruba rula ruqayya saad safa sahar
saif saja sajed sajjad salam saleh salem salim salma sama samar samer sami samira sana sara sarah sawsan sedra
shadi shahd shahed shaima shaimaa shaza sidra souad suha suhaib sulaiman suleiman taghrid taha taim tala talal
tamer tarek tareq tasneem taym tim usama wael wafaa waleed walid wassim wiam widad yahya yaman yamen yaqoub
yara yaser yasmeen yasmin yazan yousef yousuf yusuf zaher zahra zahraa zaid zain zaina zainab zakaria zein
zeina zeinab ziad zuhair
`;

export const ARABIC_SURNAMES = `
abdallah ahmad ahmadi akkad ali aswad atassi bitar chami darwish dib ghanem habib haddad haj halabi hallak
hamad hamdan hamwi hassan hijazi homsi hosseini hussein issa jabbour jaber jundi kabbani karimi kassem khalil
khatib khoury kurdi mahmoud mansour masri mohammadi mousa nahas najjar nasser noori othman popal qassem rahimi
rahman rezaei rifai sabbagh said saleh sayed shaar shami sheikh stanikzai suleiman sultani taha tahan yousef
zein zoubi
`;
