// Common first names and surnames of Syrian, Iraqi and other Arabic-speaking families who came to the
// Netherlands, plus Afghan and Iranian names seen in newcomer classes. Lower case; surnames without
// the al-/el- particle, which the name finder handles.
export const ARABIC_FIRST_NAMES = `
ahmad ahmed mohammad muhammad omar ali hassan hussein khaled khalid tarek tareq maher
mahmoud majd mazen nour noor rami rashid saad salem sami samer talal waleed walid yazan
yousef yusuf zaid abdulrahman abdullah abdulaziz adnan aiham ammar anas ayham bashar
fadi firas ghaith hadi haitham hamza hani ibrahim imad issa jad jihad kareem karim
louay mahdi marwan moaz mohannad mouhammad muhannad munir nizar obada osama qusai
raed rayan riad saleh shadi suleiman sulaiman tamer wael wassim yaman yamen yahya zakaria
amjad baraa hashem laith leith qasim rakan rida taim tim taym zain zein kinan elias
lina rania hiba rama jood joud sidra dana rawan reem rim lama lana layan leen maya
nada noura nour nur rahaf ruba salma sara sarah shahed tala yara zeina zaina hala
heba huda iman israa jana joudi judy lujain malak marah mariam maryam mays nadine
nagham nermin raghad razan ruaa sama samar sana shaimaa suha wafaa yasmin yasmeen
aisha amal amani asma aya batoul dima duaa fatima ghada hanan khadija lamis manar
marwa muna nisreen rasha reham rouba rula safa salam samira souad wiam zahra
farid farida karima habib habiba jamila latifa naima rahma mustafa
farhad reza ali-reza mehdi hamid parisa shirin maryam zahra fatemeh leila nasrin
ahmadzai hamidullah mohammadullah zahir farzana fereshta maryam mursal omid sahar
`;

export const ARABIC_SURNAMES = `
hassan haddad khalil masri hamdan darwish ahmad suleiman nasser hussein khoury
sabbagh halabi shami jaber hamad othman najjar saleh khatib ali abdallah
aswad hallak kassem kabbani akkad atassi bitar chami dib ghanem habib haj
hijazi homsi issa jabbour kurdi mahmoud mansour mousa nahas qassem rahman
said sayed shaar sheikh taha yousef zein zoubi jundi hamwi rifai tahan
mohammadi ahmadi rahimi karimi hosseini rezaei sultani noori popal stanikzai
`;
