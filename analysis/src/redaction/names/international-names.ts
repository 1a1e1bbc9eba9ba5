// First names popular in the Netherlands that are not tied to one origin (English, Romance,
// Caribbean, Antillean), lower case.
export const INTERNATIONAL_FIRST_NAMES = `
liam mason james oliver jack harry charlie oscar leo louis lewis matteo mateo enzo
nathan ethan aiden jaylen jaivy jayson jason jordan justin kyan dean sean shawn
jamie jayden jaden jaydon kenji kian kyano lenn lennon logan lorenzo luka luciano marco
mario matthew nicolas nico noel owen rafael santiago tyler xavier zion angelo
alessandro antonio carlos diego fernando francesco gabriel giovanni hugo jorge jose
juan leonardo manuel miguel pablo pedro ricardo roberto stefano tiago valentino
chloe chelsea ella ellie evie grace isabella isla jade jasmine jayla julie kayla
lily lucy madison mia mila olivia poppy ruby scarlett skye sophie stella summer
zoey alicia alyssa amelie ariana aurora bella camila carmen chiara elena emilia
gabriela giulia isabel lara lucia luna maria martina melissa nadia paula rosa
sofia valentina vanessa victoria yasmina aaliyah destiny naomi shaniqua tyra
zuleika xiomara yaritza jurmaine
`;
