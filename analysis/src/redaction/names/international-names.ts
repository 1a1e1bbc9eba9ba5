// First names popular in the Netherlands that are not tied to one origin of the other lists
// (English, French, Italian, Spanish, Portuguese, German, Scandinavian). Written by hand from general knowledge,
// lower case, sorted, one token each (a hyphenated name counts as one).
export const INTERNATIONAL_FIRST_NAMES = `
aaliyah aaron abby abigail adele aiden alan alba alessandro alessia alexis alfie alice alicia aliyah alyssa
amaya amelia amélie ana andrea angelo annabelle antonio archie aria ariana ariella arthur ashley astrid
aurelia aurélie aurora austin ava axel ayden beatriz beau bella benji billy björn blake brandon brian brooke
bruce caitlin caleb callum camila camille carlos carmen cassandra catherine celine charlie chelsea chiara
chloé christopher colin connor dalia dani daniel dante dario darren dean declan destiny diego diogo dominic
eddie edward eleanor elena eli elian eliana eliano elijah eliza ella ellie elliot elodie emely emil emilia
emilie emily enzo eric erin ethan evan evelyn evie ezra fabio faye felix fernando finn florian francesca
francesco frankie freddie freya frieda gabriel gabriela gabriella george gianna gio giovanni giulia giuseppe
grace greta hailey harley harper harry harvey hazel henrik henry holly hugo hunter ian inès ingrid isaac
isabel isabella isaiah isla ivy jace jack jackson jacob jada jade jaden jaimy jaivy jake james jamie jannik
jasmine jason jax jay jayden jaydon jayla jaylee jaylen jaylinn jayson jayvian jennifer jessica jimmy joao joe
joel johann john johnny jolie jonah jordan jorge jose joseph josh joshua juan jude julie jurmaine justin kai
kasper kate katie kayden kayla kaylee kelly kenji kenzo kian kiara kiyan kyan kyano kyle lara lasse layla léa
leah lenn lennon leo leonardo leopold lewis lexi lia liam lila lily linnea logan lola lorena lorenzo louis
lucía luciano lucien lucy ludwig luigi luis luka lukas luke luna lydia madison maggie magnus malia manuel
marcello marco margaux margot maria marie mario marius marley martina mason mateo matheo mathilde mathis
matteo matthew mattia maxence maximilian maya megan melissa mia micah michelle miguel mikkel mila miles millie
milo molly moritz nadia naomi natalie nathan nayeli nico nicolas niklas nils noel noelani noémie océane oliver
olivia oscar oskar owen pablo paige paola paolo paula pedro philip phoebe pierre poppy rachel rafael raphael
rebecca ricardo riley roberto rocco rosa ruby rui ryan sabrina saga samantha samuel santiago scarlett scott
sean sebastian serena seth shania shaniqua shawn sienna sigrid simon skye skylar sofía sophia sophie stefano
stella steve summer susan taylor teddy theo theodore tiago timothy tobias toby tommy tristan tyler tyra
valentina valentino valeria vanessa victor victoria violet william xavier ximena xiomara yaritza yasmina zac
zack zara zayden zayn zion zoe zoey zuleika
`;
