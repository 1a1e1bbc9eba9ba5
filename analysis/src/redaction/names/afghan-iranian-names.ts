// Afghan (Dari, Pashto) and Iranian first names and surnames. Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const AFGHAN_IRANIAN_FIRST_NAMES = `
abdul abolfazl afsaneh ahmadshah ahmadullah aimal ajmal alireza amin amir amirhossein anahita arash aref
arezoo arian arman aryan asadullah ashkan atefeh atena ava azadeh azita aziz aziza babak bahar bahara bahram
bashir behrouz benyamin bijan danial dariush darya ehsan elaheh elham emal fardin farhad fariba farid farideh
farshad farzad farzana farzaneh fatemeh fawad fereshta fereshteh fraidoon freshta freshteh frozan ghazal
ghulam golnar golnaz gulalai gulbadan gulnaz habib habiba habibullah hamed hamid hamidullah haniyeh haroon
hasibullah hasina helia hila hoda homa hossein idrees jamshid javad jawad jawid kamila kamran khalil kian
kimia kiyan lailuma laleh latifullah leila mahboob mahbooba mahdi mahnaz mahsa mahtab malalai mani mansour
marjan maryam marzia masooma masoud masouma massoud matin mehdi mehran mehri mina minoo mirwais mitra
mohammadreza mohammadullah mohsen mojgan mojtaba morteza mujib mursal nahid najib najiba narges nargess naser
nasim nasir nasratullah nasrin navid naweed nawid nazanin nazia nazifa neda negar nika nilofar niloufar
nilufar nima obaid omid palwasha pari paria parisa parsa parvin parviz parwana payam pedram pouya qasim qudsia
rahila rahim rahmatullah ramin reza roqia rostam roya sadaf saeed safiullah sahar sahel sajad samira samiullah
sanaz sepideh setareh shabana shabnam shafiq shahla shahram shakib shakila sharifa shazia shirin shiva shoaib
shukria siavash sima simin sina sodaba sohail sohaila soheila sohrab soraya soroush sultana tahmina taiba
tamana tamim tina waheed wahid wahida wais wazhma yalda yama yasaman yasamin zabihullah zahir zahra zaki zakia
zalmai zalmay zarghona zarmina zeinab zia ziaullah ziba zohal zohreh zubair zuhal
`;

export const AFGHAN_IRANIAN_SURNAMES = `
ahmadi ahmadzai amiri azizi durrani haidari hashimi hosseini jafari karimi mohammadi nazari noori popal rahimi
rasuli rezaei safi sharifi stanikzai sultani wardak
`;
