/* Lexicon: common given names from many languages; a capitalised pair starting with one is a person. */

const NAMES = `
aaron abdul abdullah abe adam adrian ahmed aidan akira alain alan albert alberto alejandro alex alexander
alexandre alexis alfonso alfred ali alice alicia alison amanda amy ana anatoly andre andrea andreas andrew
andrés andres andrzej angela angelina angus anita ann anna anne annie anthony antonio antony ariel arnold
arthur arvind ashok atsushi audrey barack barbara bart beatriz ben benjamin bernard bernie beth betty bill
bob bogdan boris brad bradley brenda brian bruce bruno bryan carl carla carlos carmen carol caroline
catherine cecilia celine charles charlie chen cheng chris christian christina christine christopher chrystia
cindy claire clara claude claudia colin connor craig cristina cyril dale damien dan daniel daniela danielle
dante dario dave david dean deborah denis dennis derek diana diane diego dilma dmitry dominic dominique
donald doug douglas duncan dylan ed eddie edgar edith eduardo edward elena eli elisa elizabeth ella ellen
emily emma emmanuel enrique eric erik erin ernesto esther ethan eva evan fabio felipe felix fernando fiona
francesca francis francisco franck françois francois frank franz fred frederick fumio gabriel gabriela gary
george georgia gerald gerhard gina giorgia giovanni giuseppe glenn gordon grace graham greg gregory guillermo
gustavo hans harold harry hassan heather hector heinrich helen helena henri henry herbert hiroshi hugo ian
igor ines ingrid irene isaac isabel isabella ivan jack jacob jacqueline jaime jake james jamie jan jane janet
janice jason javier jean jeff jeffrey jennifer jens jeremy jerome jessica jill jim jimmy joachim joan joanna
joe joel johan johann john jonathan jordan jorge jose josé joseph josh joshua juan judith julia julian julie
julien julio justin kamala karen karin karl kate katherine kathleen kathy kazuo keir keith ken kenji kenneth
kevin kim kimberly kirk klaus kristalina kurt lars laura lauren lawrence lee leo leon leonardo liam linda
lisa liz lorenzo louis louise lucas lucia luis luiz luka luke lynn manuel marc marcel marcelo marco
marcos margaret maria marie mario marisa mark marta martha martin mary mathieu matt matteo matthew maurice
max maxime megan melanie melissa mia michael michel michelle miguel mike mikhail min mohammed mohammad
muhammad nancy naomi narendra natalia natalie nathan neil nelson nicholas nick nicola nicolas nicole
nikolai nina noah norman olaf olga oliver olivia omar oscar pablo pamela paolo pascal patricia patrick paul
paula pedro penny peter philip philippe pierre piyush rachel rafael rahul ralph ramon randy raquel raul
ravi ray raymond rebecca renee ricardo richard rick rishi rita rob robert roberto robin rodrigo roger roland
ron ronald rosa ross roy ruth ryan sabine sally sam samantha samuel sandra sanjay sara sarah scott sean
sebastian sergei sergio shigeru shinzo shinji simon sofia sophie stefan stephanie stephen steve steven
susan suzanne sven takeshi tanya taro ted teresa terry thomas tim timothy tina todd tom tomas tony tracy
ursula valerie vanessa vera veronica victor victoria vincent vladimir walter wang wei wendy werner william
wolfgang xavier xi yasmin yoshihide yoshimasa yuki yuri yves zhang zoe hakeem jacinda anthony scott
justin emmanuel olaf friedrich keir rishi narendra luiz javier gabriel yoon lee moon park jae kyung
ryosuke katsunobu yoji yasutoshi mitsuhiro kotaro hiroki haruki ichiro daisuke takeo
sung hyun jun soo woo min-ji jung jin ji-hoon hee seok kwon dong
pedro lucia fernanda rosario alonso jesús jesus guadalupe mariana valeria ximena rocio adriana
amit anil arun deepak kavita lakshmi manish nirmala pooja priya rajesh ramesh sunil suresh vijay vikram
subrahmanyam amitabh
mohamed youssef fatima aisha khalid tariq yusuf ibrahim mustafa abdel rania salman faisal
hamid reza abbas mahmoud hussein
olusegun chinedu ngozi kwame cyril thabo jacob
annalena christian robert markus hubertus svenja nancy karl-heinz jörg jorg
bruno lucie chloé chloe aurélie aurelie jean-luc jean-pierre jean-claude jean-marc marie-claude
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
