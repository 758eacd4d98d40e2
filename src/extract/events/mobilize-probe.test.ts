/**
 * Mobilisation, coercion, assault and protest in the structure of real copy (issue 6, branch `mob`):
 * actor groups inside a noun phrase ("joint army, navy and air force exercises"), nominal deeds with no
 * verb ("the deployment of troops after days of clashes", "weeks of demonstrations"), passives of
 * censorship ("the internet has been shut down"), amounts raised ("increased the number of its
 * soldiers"), fighting whose sides were told in the sentence before, and what is no event (joint drills
 * with a partner, "warned it could deploy", sport, metaphor). Every sentence is the team's own; the
 * expected coding was written before the extractor ran on it. Notation: see probe-harness.ts.
 */
import { describeProbeGroups, type ProbeItem } from '../../test-support/probe-harness.js';

const mobilize: ProbeItem[] = [
  { text: 'Beijing launched joint army, navy and air force exercises around Taiwan on Monday.', expect: ['MOBILIZE CHN>TWN'] },
  { text: 'China’s military held combined navy and air force drills near Taiwan on Thursday.', expect: ['MOBILIZE CHN>TWN'] },
  { text: 'Russia’s army, navy and air force staged joint exercises in the Baltic Sea near Lithuania.', expect: ['MOBILIZE RUS>LTU'], gap: '"joint" before the noun reads as drills with a partner even where the only actors are one state’s services' },
  { text: 'The Azerbaijani military conducted large-scale combined-arms exercises near the Armenian border.', expect: ['MOBILIZE AZE>ARM'] },
  {
    text: 'China began large-scale military drills around Taiwan on Saturday. Taiwan’s defence ministry condemned the drills. The ministry has also deployed its own aircraft, warships and missile systems as a countermeasure.',
    expect: ['MOBILIZE CHN>TWN', 'MOBILIZE TWN>CHN'], allow: ['ACCUSE TWN>CHN'], gap: 'a deployment "as a countermeasure" / "in response" takes no other side from the deed told before',
  },
  {
    text: 'Chinese warships sailed toward Taiwan on Tuesday. Taiwan’s defence ministry said it had deployed aircraft, naval vessels and missile systems in response.',
    expect: ['MOBILIZE TWN>CHN'], allow: ['MOBILIZE CHN>TWN'], gap: 'a deployment "in response" takes no other side from the deed told before',
  },
  { text: 'Venezuela has increased the number of its soldiers on the border with Guyana.', expect: ['MOBILIZE VEN>GUY'] },
  { text: 'India has increased the number of troops along its border with China.', expect: ['MOBILIZE IND>CHN'] },
  { text: 'Russia had over the past two weeks increased the number of its soldiers near the border with Estonia.', expect: ['MOBILIZE RUS>EST'] },
  { text: 'Pyongyang staged joint artillery, navy, and air force drills off the coast of South Korea.', expect: ['MOBILIZE PRK>KOR'] },
  { text: 'Armenia boosted its troop presence near the border with Azerbaijan.', expect: ['MOBILIZE ARM>AZE'] },
  { text: 'Bangladesh’s government deployed the army across the country after days of clashes.', expect: ['MOBILIZE BGD>BGD'], allow: ['ASSAULT BGD>BGD'] },
  { text: 'Kenya’s government called in the military on Wednesday after protesters stormed parliament in Nairobi.', expect: ['MOBILIZE KEN>KEN'], allow: ['PROTEST KEN>KEN', 'ASSAULT KEN>KEN'] },
  { text: 'The deployment of troops in Dhaka followed days of clashes between students and police.', expect: ['MOBILIZE BGD>BGD'], allow: ['ASSAULT BGD~BGD', 'PROTEST BGD>BGD'], gap: 'a deployment noun with no agent takes none from the place where it happened' },
  { text: 'Sri Lanka deployed soldiers in Colombo on Monday after the unrest.', expect: ['MOBILIZE LKA>LKA'] },
  { text: 'Russia moved additional air defence systems to its border with Finland.', expect: ['MOBILIZE RUS>FIN'] },
  { text: 'Israel called up 300,000 reservists ahead of a ground offensive in Gaza.', expect: ['MOBILIZE ISR>PSE'], allow: ['ASSAULT ISR>PSE planned'] },
  { text: 'Ecuador sent troops into the streets of Guayaquil after a wave of gang violence.', expect: ['MOBILIZE ECU>ECU'], gap: 'Guayaquil is no known place of Ecuador' },
  { text: 'Kazakhstan sent troops into the streets of Almaty after the riots.', expect: ['MOBILIZE KAZ>KAZ'], allow: ['PROTEST KAZ>KAZ'] },
  { text: 'France sent troops to Estonia in a show of support.', expect: ['MOBILIZE FRA>EST'], allow: ['SUPPORT FRA>EST'] },
  { text: 'Senegal called in the army after two days of riots in Dakar.', expect: ['MOBILIZE SEN>SEN'], allow: ['PROTEST SEN>SEN'] },
  { text: 'Kenya called in the French ambassador over the remarks.', expect: [], allow: ['ACCUSE KEN>FRA'] },
  { text: 'Poland is sending 10,000 soldiers to its border with Belarus.', expect: ['MOBILIZE POL>BLR'], allow: ['MOBILIZE POL>BLR planned'] },
  { text: 'The Greek navy deployed frigates to the Aegean after Turkey sent a survey ship to the area.', expect: ['MOBILIZE GRC>TUR'], allow: ['MOBILIZE TUR>GRC'], gap: 'a sea named as the goal names no state' },
  { text: 'Pakistan’s army deployed additional troops along the Line of Control with India.', expect: ['MOBILIZE PAK>IND'] },
  { text: 'Tehran stationed air defence batteries near its border with Iraq.', expect: ['MOBILIZE IRN>IRQ'] },
  // negatives: drills with a partner cooperate, a warning to deploy is no deployment, sport and metaphor
  { text: 'Iran held joint naval exercises with Russia and China in the Gulf of Oman.', expect: [], allow: ['COOPERATE IRN~RUS', 'COOPERATE IRN~CHN', 'COOPERATE RUS~CHN'] },
  { text: 'Japan and the United States held joint naval drills in the Philippine Sea.', expect: [], allow: ['COOPERATE JPN~USA'] },
  { text: 'Kazakh and Uzbek troops held joint army exercises near Samarkand.', expect: [], allow: ['COOPERATE KAZ~UZB'] },
  { text: 'Lithuania warned it could deploy troops to the Belarusian border.', expect: [], allow: ['THREATEN LTU>BLR', 'MOBILIZE LTU>BLR planned'] },
  { text: 'The coach deployed a new formation against Brazil in the semi-final.', expect: [] },
  { text: 'Samsung deployed its new chip production lines in Vietnam.', expect: [] },
  { text: 'India has mobilised its diplomats in a charm offensive across Africa.', expect: [] },
];

const coerce: ProbeItem[] = [
  { text: 'The internet has been completely shut down in Bangladesh since early Thursday.', expect: ['COERCE BGD>BGD'] },
  { text: 'Authorities in Iran shut down mobile internet across the country.', expect: ['COERCE IRN>IRN'] },
  { text: 'Mobile internet was cut off in Dhaka on Thursday as protests spread.', expect: ['COERCE BGD>BGD'], allow: ['PROTEST BGD>BGD'] },
  { text: 'Pakistan suspended mobile phone services in Islamabad ahead of the opposition rally.', expect: ['COERCE PAK>PAK'] },
  { text: 'Ethiopia’s government blocked social media platforms in the Amhara region.', expect: ['COERCE ETH>ETH'] },
  { text: 'Uganda shut down the internet on the eve of the presidential election.', expect: ['COERCE UGA>UGA'] },
  { text: 'Access to the internet has been restricted in Almaty since Wednesday.', expect: ['COERCE KAZ>KAZ'], gap: '"access" is too broad an object for a home censorship reading of "restrict"' },
  { text: 'Police in the Solomon Islands imposed a night curfew in Honiara.', expect: ['COERCE SLB>SLB'] },
  { text: 'Kazakh authorities declared a state of emergency in Almaty.', expect: ['COERCE KAZ>KAZ'] },
  { text: 'Myanmar’s military government has dissolved the main opposition party.', expect: ['COERCE MMR>MMR'] },
  { text: 'Iranian police briefly detained the British ambassador in Tehran.', expect: ['COERCE IRN>GBR'] },
  { text: 'The British ambassador was detained for half an hour by Iranian police.', expect: ['COERCE IRN>GBR'] },
  { text: 'Venezuela said it had captured two Colombians accused of plotting an attack.', expect: ['COERCE VEN>COL'], allow: ['ACCUSE VEN>COL'], gap: 'a nationality plural as object has no head noun for the people-captured reading' },
  { text: 'Ecuadorian police stormed the Mexican embassy in Quito to arrest a former vice president.', expect: ['COERCE|ASSAULT ECU>MEX'], allow: ['COERCE ECU>ECU', 'ASSAULT ECU>MEX', 'COERCE ECU>MEX'] },
  { text: 'Ecuadoran police stormed the Mexican embassy in Quito.', expect: ['COERCE|ASSAULT ECU>MEX'], allow: ['COERCE ECU>MEX', 'ASSAULT ECU>MEX'] },
  { text: 'Chinese coast guard ships fired water cannon at a Philippine supply vessel.', expect: ['COERCE|ASSAULT CHN>PHL'], allow: ['COERCE CHN>PHL', 'ASSAULT CHN>PHL'] },
  { text: 'Azerbaijani forces captured six Armenian soldiers near the border.', expect: ['COERCE AZE>ARM'], allow: ['ASSAULT AZE>ARM'] },
  { text: 'Georgian authorities arrested the opposition leader on Thursday.', expect: ['COERCE GEO>GEO'] },
  { text: 'Nicaraguan police raided the offices of an independent newspaper in Managua.', expect: ['COERCE NIC>NIC'] },
  { text: 'Turkey blocked access to Wikipedia.', expect: [], allow: ['COERCE TUR>TUR'] },
  { text: 'Kazakhstan deported 200 Afghans in the first week of a crackdown on illegal migrants.', expect: ['COERCE KAZ>AFG'] },
  // negatives: business and sport
  { text: 'The carmaker shut down its factory in Poland on Friday.', expect: [] },
  { text: 'Italy’s goalkeeper blocked a penalty from Spain in the final minute.', expect: [] },
  { text: 'Turkey’s central bank cut interest rates for the third time.', expect: [] },
];

const assault: ProbeItem[] = [
  {
    text: 'Officials in Cambodia and Thailand blamed each other for the fighting. Sporadic shelling continued on Monday.',
    expect: ['ASSAULT KHM~THA'], allow: ['ACCUSE KHM~THA', 'ACCUSE THA~KHM', 'ASSAULT THA~KHM'], gap: 'fighting told with no side takes none from the pair blamed in the sentence before',
  },
  {
    text: 'India and Pakistan accused each other of violating the ceasefire. Sporadic artillery fire continued overnight.',
    expect: ['ASSAULT IND~PAK'], allow: ['ACCUSE IND~PAK', 'ACCUSE PAK~IND', 'ASSAULT PAK~IND'], gap: 'fighting told with no side takes none from the pair blamed in the sentence before',
  },
  { text: 'After last week’s clashes between Congolese troops and M23 rebels, the town of Sake was calm.', expect: ['ASSAULT COD~COD'] },
  { text: 'In eastern Congo, the M23 rebel group resumed fighting in late 2021.', expect: ['ASSAULT COD>COD'] },
  { text: 'Fighting resumed in Sudan’s Darfur region on Tuesday.', expect: ['ASSAULT SDN>SDN'], gap: 'fighting with only a place names no sides' },
  { text: 'M23 rebels seized the eastern Congolese town of Nyabibwe on Wednesday.', expect: ['ASSAULT COD>COD'] },
  { text: 'Rebels captured Goma, the largest city in eastern Congo, last week.', expect: ['ASSAULT COD>COD'] },
  { text: 'Armenia accused Azerbaijani troops of opening fire on its positions, killing one soldier.', expect: ['ACCUSE ARM>AZE', 'ASSAULT AZE>ARM'], gap: 'the deed after "accused X of" is not read as an event of its own' },
  { text: 'Iranian missiles targeted two militant bases inside Pakistan on Tuesday.', expect: ['ASSAULT IRN>PAK'] },
  { text: 'Israeli drones targeted a car in southern Lebanon.', expect: ['ASSAULT ISR>LBN'] },
  { text: 'Saudi Arabia cut ties with Iran in 2016 after the storming of its embassy in Tehran.', expect: ['ASSAULT|PROTEST IRN>SAU'], allow: ['SANCTION SAU>IRN'], gap: '"its" before a noun inside a phrase is not resolved to the state named first' },
  { text: 'Denmark condemned the storming of the Danish embassy in Baghdad.', expect: ['PROTEST|ASSAULT IRQ>DNK'], allow: ['ACCUSE DNK>IRQ'] },
  { text: 'Protesters stormed the Danish embassy in Baghdad on Thursday.', expect: ['PROTEST|ASSAULT IRQ>DNK'], allow: ['PROTEST IRQ>DNK', 'ASSAULT IRQ>DNK'] },
  { text: 'War broke out between Ethiopia’s federal government and Tigray forces in November 2020.', expect: ['ASSAULT ETH~ETH'], gap: '"war" has no ASSAULT noun reading (trade wars, wars of words)' },
  { text: 'Heavy fighting broke out between Kyrgyz and Tajik border guards.', expect: ['ASSAULT KGZ~TJK'] },
  { text: 'Clashes erupted between Indian and Pakistani troops along the Line of Control.', expect: ['ASSAULT IND~PAK'] },
  { text: 'Rioters attacked police and military personnel in Almaty.', expect: ['ASSAULT KAZ>KAZ'], allow: ['PROTEST KAZ>KAZ'] },
  { text: 'Kyiv said Russian forces had executed captured Ukrainian soldiers.', expect: ['ASSAULT RUS>UKR'], allow: ['ACCUSE UKR>RUS'], gap: 'a participle before the object ("captured soldiers") hides the object’s actor' },
  { text: 'Somali troops killed dozens of al-Shabaab fighters in an operation near Mogadishu.', expect: ['ASSAULT SOM>SOM'] },
  { text: 'Gunmen killed 30 villagers in Nigeria’s Plateau state.', expect: ['ASSAULT NGA>NGA'] },
  { text: 'North Korea launched hundreds of trash-filled balloons into South Korea.', expect: ['COERCE|ASSAULT|PROTEST PRK>KOR'], gap: 'no reading for balloon launches' },
  // negatives: sport, metaphor, talk of fighting, a prisoner swap
  { text: 'Brazil’s forwards attacked relentlessly against Argentina in the second half.', expect: [] },
  { text: 'Japan fought back to beat Germany 2-1 in Doha.', expect: [], gap: '"fought back" in sport is read as fighting' },
  { text: 'The finance minister attacked the opposition’s budget plan in parliament.', expect: [] },
  { text: 'Russia and Ukraine exchanged 90 prisoners of war on Friday.', expect: [], allow: ['RETREAT RUS~UKR', 'CONCEDE RUS~UKR', 'COOPERATE RUS~UKR', 'AGREE RUS~UKR'] },
  { text: 'Tokyo shares fought to recover from a selloff triggered by the clash over tariffs.', expect: [] },
];

const protest: ProbeItem[] = [
  { text: 'Weeks of demonstrations led by students have shaken Bangladesh.', expect: ['PROTEST BGD>BGD'], gap: 'a participle phrase ("led by students") hides the verb of happening and its place' },
  { text: 'Three days of violent protests rocked the Solomon Islands.', expect: ['PROTEST SLB>SLB'] },
  { text: 'Protesters stormed parliament in Nairobi on Tuesday.', expect: ['PROTEST KEN>KEN'], allow: ['ASSAULT KEN>KEN'] },
  { text: 'Police in Maputo dispersed a crowd protesting against alleged electoral fraud.', expect: ['PROTEST MOZ>MOZ'], allow: ['COERCE MOZ>MOZ', 'ASSAULT MOZ>MOZ'], gap: 'a participle after a noun ("a crowd protesting") is not read as a verb' },
  { text: 'Protesters stormed a South African-owned supermarket in Lagos.', expect: ['PROTEST NGA>ZAF'], allow: ['ASSAULT NGA>ZAF'] },
  { text: 'Kazakh citizens protested outside the Chinese consulate in Almaty, demanding the release of their relatives.', expect: ['PROTEST KAZ>CHN'], allow: ['REQUEST KAZ>CHN'] },
  { text: 'Thousands took to the streets of Tbilisi on Sunday.', expect: ['PROTEST GEO>GEO'] },
  { text: 'Opposition supporters held a rally in Caracas against the election result.', expect: ['PROTEST VEN>VEN'] },
  { text: 'Workers in Argentina staged a general strike against the government’s reforms.', expect: ['PROTEST ARG>ARG'] },
  { text: 'Students in Dhaka have been protesting against the job quota system for weeks.', expect: ['PROTEST BGD>BGD'] },
  { text: 'Violent protests erupted in Mozambique after the election.', expect: ['PROTEST MOZ>MOZ'] },
  { text: 'Anti-French protests were held in Niamey on Friday.', expect: ['PROTEST NER>FRA'], gap: 'an "anti-X" modifier is not read as the protest’s target' },
  { text: 'Riots broke out in Almaty as protests over fuel prices spread.', expect: ['PROTEST KAZ>KAZ'] },
  { text: 'Nigeria pulled out of the World Economic Forum on Africa in Cape Town over the xenophobic attacks.', expect: ['PROTEST|REJECT|SANCTION NGA>ZAF'], gap: 'withdrawing from a forum held in a state is not read as a protest against that state' },
  { text: 'South Korea resumed loudspeaker broadcasts against North Korea on Sunday.', expect: ['PROTEST|COERCE KOR>PRK'], gap: 'no reading for propaganda broadcasts' },
  // negatives
  { text: 'Fans protested the referee’s decision in the match against Spain.', expect: [], gap: 'sports words do not block the protest verb' },
  { text: 'The markets staged a strong rally in Tokyo on Friday.', expect: [], gap: 'a rally staged by a non-actor subject (markets) is read as a demonstration' },
  { text: 'Britain and Japan hope to strike a trade deal this year.', expect: [], allow: ['AGREE GBR~JPN planned', 'COOPERATE GBR~JPN planned', 'CONSULT GBR~JPN planned'] },
];

const ALL: Record<string, ProbeItem[]> = { mobilize, coerce, assault, protest };

describeProbeGroups('mobilisation, coercion, assault and protest in the structure of real copy', ALL);
