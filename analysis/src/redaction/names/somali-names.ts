// Somali first names; Somali "surnames" are the father's and grandfather's first names. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const SOMALI_FIRST_NAMES = `
abdi abdiaziz abdifatah abdikadir abdikarim abdinasir abdinur abdiqadir abdiqani abdirahman abdisalam
abdiwahab abdiwali abdullahi abshir aden ahmed ali amina amran anab anisa asha awil ayaan ayan ayanle bashir
bilaal bilan bile burhan cabdi cabdiraxmaan cabdullahi dahir dalmar deeq deeqa ebyan faadumo faduma fadumo
farah fardowsa farhiya faysal filsan fowsiya geedi guled hafsa halima hamdi hamse hamza hassan hawa haweeya
hersi hibo hinda hodan hoodo hussein ibrahim idil idiris ifrah ilhan ilyas iman ismail istahil istarlin jama
jawahir kaafi kaltun khadar khadra khalif layla leyla liban luul maandeeq mahad mahamed maryan maxamed
maxamuud mohamed mohamoud mohamud mukhtaar mukhtar muna muse mustaf naima najma nasra nasteho nimco nuur omar
osman qamar rahma ridwan rooble ruqia ruqiya sabrina sacdiya sadia safiya sagal sahra sahro said sakariye
samatar samiira saynab shamsa sharif sharmarke shire shukri siyad sucaad suldan suleekha sumaya sundus ubah
ubax waris warsame warsan xaawo xaliimo xamdi xamza yaasin yasin yasmin yonis yusuf yuusuf zahra zakariye
zamzam
`;

export const SOMALI_SURNAMES = `
abdi ahmed egal farah hersi jama mohamud nur omar osman warsame yusuf
`;
