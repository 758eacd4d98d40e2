/**
 * Conflict events in the phrasings of wire copy (issue 6): passives ("were detained by"), nominal
 * events ("the shelling of", "a crackdown on"), light verbs ("carried out strikes", "staged a
 * protest", "imposed a curfew"), sub-state actors with sectors, and what is no event (negation,
 * hypotheticals, denials, metaphors, sport). Every sentence is the team's own; the expected coding was
 * written before the extractor ran on it.
 *
 * The notation and the matching are those of test-support/probe-harness.ts.
 */
import { describeProbeGroups, type ProbeItem } from '../../test-support/probe-harness.js';

// --- ACCUSE ------------------------------------------------------------------------------------------
const accuse: ProbeItem[] = [
  { text: 'Pakistan’s foreign ministry accused India of sponsoring terrorism in Balochistan.', expect: ['ACCUSE PAK>IND'] },
  { text: 'China lodged a formal protest with Japan over the planned release of treated water.', expect: ['ACCUSE CHN>JPN'] },
  { text: 'The State Department criticised Hungary for blocking the aid package.', expect: ['ACCUSE USA>HUN'] },
  { text: 'Seoul condemned the missile launch by North Korea as a grave provocation.', expect: ['ACCUSE KOR>PRK'], allow: ['MOBILIZE PRK>KOR'] },
  { text: 'Manila summoned China’s ambassador after coast guard vessels fired water cannon at a Philippine supply boat.', expect: ['ACCUSE PHL>CHN'], allow: ['ASSAULT CHN>PHL', 'COERCE CHN>PHL'] },
  { text: 'Moscow blamed Kyiv for the drone attack on the Belgorod region.', expect: ['ACCUSE RUS>UKR'], allow: ['ASSAULT UKR>RUS'] },
  { text: 'Yerevan and Baku traded accusations of ceasefire violations along the border.', expect: ['ACCUSE ARM>AZE', 'ACCUSE AZE>ARM'] },
  { text: 'The Venezuelan government denounced what it called U.S. interference in its elections.', expect: ['ACCUSE VEN>USA'] },
  { text: 'The Kremlin dismissed the report and accused London of fuelling tensions in the region.', expect: ['ACCUSE RUS>GBR'], allow: ['REJECT RUS>GBR'] },
  { text: 'Iran’s foreign ministry spokesman slammed the new EU sanctions as illegal.', expect: ['ACCUSE IRN>EU'], allow: ['SANCTION EU>IRN'] },
  { text: 'Beijing hit out at Washington over its latest arms sale to Taiwan.', expect: ['ACCUSE CHN>USA'], allow: ['AID USA>TWN'] },
  { text: 'Ukraine’s prosecutors opened an investigation into the shelling of Kherson by Russian forces.', expect: ['ACCUSE UKR>RUS', 'ASSAULT RUS>UKR'] },
  { text: 'Nigeria filed a complaint against Niger with the regional court.', expect: ['ACCUSE NGA>NER'] },
  { text: 'Polish prosecutors charged two Belarusian nationals with spying.', expect: ['COERCE|ACCUSE POL>BLR'] },
  { text: 'Tokyo expressed strong regret over Russia’s decision to hold military drills on the disputed islands.', expect: ['ACCUSE JPN>RUS'], allow: ['MOBILIZE RUS>JPN'],
    gap: 'a noun event takes its status from its whole clause: "decision to hold" makes the regret planned' },
  { text: 'South Africa has brought a case against Israel at the International Court of Justice, accusing it of genocide.', expect: ['ACCUSE ZAF>ISR'] },
  { text: 'Kenyan opposition leaders criticised the police for using excessive force against demonstrators.', expect: ['ACCUSE KEN/OPP>KEN/COP'], allow: ['ASSAULT KEN/COP>KEN/CVL', 'COERCE KEN/COP>KEN/CVL'] },
  { text: 'Warsaw has sharply criticised Budapest for its stance on the war.', expect: ['ACCUSE POL>HUN'] },
  { text: 'Azerbaijan’s foreign ministry issued a statement condemning France for arming Armenia.', expect: ['ACCUSE AZE>FRA'], allow: ['AID FRA>ARM'] },
  { text: 'The Philippines accused Chinese vessels of dangerous manoeuvres near Second Thomas Shoal.', expect: ['ACCUSE PHL>CHN'] },
];

// --- REJECT ------------------------------------------------------------------------------------------
const reject: ProbeItem[] = [
  { text: 'Israel rejected a proposal by Egypt for a six-week truce.', expect: ['REJECT ISR>EGY'] },
  { text: 'Hamas turned down the latest ceasefire offer from Israel.', expect: ['REJECT PSE>ISR'] },
  { text: 'Mali’s junta refused to allow UN investigators into the region.', expect: ['REJECT MLI>UN'] },
  { text: 'Caracas rejected Guyana’s claim to the Essequibo region.', expect: ['REJECT VEN>GUY'] },
  { text: 'Moscow dismissed the Ukrainian peace plan as unrealistic.', expect: ['REJECT RUS>UKR'], allow: ['ACCUSE RUS>UKR'] },
  { text: 'Niger’s military rulers refused to meet the French envoy.', expect: ['REJECT NER>FRA'] },
  { text: 'The Taliban refused to hand over the suspects to Pakistan.', expect: ['REJECT AFG>PAK'] },
  { text: 'Budapest vetoed the EU’s new aid package for Ukraine.', expect: ['REJECT HUN>EU'] },
  { text: 'Turkey has rejected calls from Greece to demilitarise the Aegean islands.', expect: ['REJECT TUR>GRC'] },
];

// --- THREATEN ----------------------------------------------------------------------------------------
const threaten: ProbeItem[] = [
  { text: 'North Korea threatened to retaliate against South Korea over the joint drills.', expect: ['THREATEN PRK>KOR'] },
  { text: 'China vowed to take firm countermeasures against the Philippines.', expect: ['THREATEN CHN>PHL'] },
  { text: 'Russia warned Finland of consequences after it joined NATO.', expect: ['THREATEN RUS>FIN'], allow: ['AGREE FIN>NATO', 'COOPERATE FIN>NATO'] },
  { text: 'Washington threatened to impose sanctions on Georgia over the foreign agents law.', expect: ['THREATEN USA>GEO'] },
  { text: 'Israel’s defence minister threatened a full-scale offensive against Hezbollah in Lebanon.', expect: ['THREATEN ISR>LBN'] },
  { text: 'Beijing issued an ultimatum to Manila to remove the grounded ship.', expect: ['THREATEN CHN>PHL'], allow: ['REQUEST CHN>PHL'] },
  { text: 'Iran warned the United States against any attack on its territory.', expect: ['THREATEN IRN>USA'] },
  { text: 'Serbia’s president threatened to cut ties with Montenegro over the vote.', expect: ['THREATEN SRB>MNE'] },
];

// --- PROTEST -----------------------------------------------------------------------------------------
const protest: ProbeItem[] = [
  { text: 'Thousands of people protested in Tbilisi against the foreign agents bill.', expect: ['PROTEST GEO/CVL>GEO/GOV'] },
  {
    text: 'Hundreds of people took part in the demonstration in Dakar, which was dispersed by riot police using tear gas.',
    expect: ['PROTEST SEN/CVL>SEN/GOV', 'COERCE|ASSAULT SEN/COP>SEN/CVL'],
  },
  { text: 'Protests erupted in several cities of Senegal after the arrest of the opposition leader.', expect: ['PROTEST SEN/CVL>SEN/GOV'], allow: ['COERCE SEN/GOV>SEN/OPP'] },
  { text: 'Farmers blocked highways across France with tractors to protest against EU trade rules.', expect: ['PROTEST FRA>FRA|EU'], gap: 'read only while the phrase rules skipped any words after a party; the purpose clause\'s subject "Farmers" is named with no country (France is where, not who)' },
  { text: 'Demonstrators gathered outside the Russian embassy in Chisinau.', expect: ['PROTEST MDA>RUS'] },
  { text: 'Opposition supporters staged a rally in Dhaka demanding the prime minister’s resignation.', expect: ['PROTEST BGD/OPP>BGD/GOV'], allow: ['REQUEST BGD/OPP>BGD/GOV'] },
  { text: 'Students staged a sit-in outside the education ministry in Nairobi.', expect: ['PROTEST KEN>KEN'] },
  {
    text: 'Doctors across South Korea went on strike over plans to increase medical school admissions.', expect: ['PROTEST KOR>KOR'],
    gap: 'a noun event takes its status from its whole clause: "over plans to" makes the strike planned',
  },
  { text: 'A general strike paralysed Buenos Aires as unions protested against the government’s austerity measures.', expect: ['PROTEST ARG>ARG'] },
  { text: 'Hundreds rallied outside the Chinese embassy in Manila to protest against Beijing’s actions in the South China Sea.', expect: ['PROTEST PHL>CHN'] },
  { text: 'Protesters set fire to part of the parliament building in Nairobi.', expect: ['PROTEST KEN>KEN'] },
  { text: 'Tens of thousands marched through central Belgrade on Saturday against the election results.', expect: ['PROTEST SRB>SRB'] },
  { text: 'Supporters of the former prime minister took to the streets of Lahore.', expect: ['PROTEST PAK>PAK'] },
  { text: 'Polish truckers blockaded border crossings with Ukraine.', expect: ['PROTEST POL>UKR'] },
  { text: 'An Iranian rights activist began a hunger strike in Tehran’s Evin prison.', expect: ['PROTEST IRN>IRN'] },
  { text: 'Anti-government demonstrations have rocked Kenya for a second week.', expect: ['PROTEST KEN/CVL>KEN/GOV'] },
  { text: 'Hundreds of demonstrators gathered in Bamako on Friday against the presence of French troops in Mali.', expect: ['PROTEST MLI/CVL>FRA'] },
  { text: 'Thousands of Armenians held a rally in Yerevan to protest against the border deal with Azerbaijan.', expect: ['PROTEST ARM>ARM|AZE'] },
];

// --- SANCTION ----------------------------------------------------------------------------------------
const sanction: ProbeItem[] = [
  { text: 'The interior minister said Warsaw would close its border crossing with Belarus.', expect: ['SANCTION|COERCE POL>BLR planned'] },
  { text: 'The EU imposed a fresh round of sanctions on Iran over its drone deliveries to Russia.', expect: ['SANCTION EU>IRN'], allow: ['AID IRN>RUS'] },
  { text: 'Moldova expelled a Russian diplomat over alleged interference.', expect: ['SANCTION MDA>RUS'] },
  { text: 'The Malian junta ordered French troops to leave the country.', expect: ['SANCTION MLI>FRA'] },
  { text: 'Ecuador severed diplomatic relations with Mexico.', expect: ['SANCTION ECU>MEX'] },
  { text: 'Beijing halted imports of Japanese seafood.', expect: ['SANCTION CHN>JPN'] },
  { text: 'Washington announced new export controls on Chinese chipmakers.', expect: ['SANCTION USA>CHN'] },
  { text: 'A court in Moscow sentenced an American journalist to 16 years in prison.', expect: ['SANCTION|COERCE RUS>USA'] },
  { text: 'Azerbaijan suspended flights to Russia after the crash.', expect: ['SANCTION AZE>RUS'] },
  { text: 'Lithuania declared two Russian diplomats persona non grata.', expect: ['SANCTION LTU>RUS'] },
  { text: 'The United States froze the assets of three Venezuelan officials.', expect: ['SANCTION USA>VEN'] },
  { text: 'Canada suspended arms exports to Israel.', expect: ['SANCTION CAN>ISR'] },
  { text: 'Niger’s junta ended its military cooperation with the United States.', expect: ['SANCTION NER>USA'] },
  { text: 'Kyrgyzstan closed its border with Tajikistan after the fighting.', expect: ['SANCTION|COERCE KGZ>TJK'], allow: ['ASSAULT KGZ~TJK'] },
  { text: 'The government ordered the expulsion of the Swedish ambassador.', expect: [], allow: [] },
  { text: 'Baghdad ordered the expulsion of the Swedish ambassador over the Koran burning.', expect: ['SANCTION IRQ>SWE'] },
];

// --- MOBILIZE ----------------------------------------------------------------------------------------
const mobilize: ProbeItem[] = [
  { text: 'Serbia put its army on high alert along the Kosovo border.', expect: ['MOBILIZE SRB>XKX'] },
  { text: 'Russia massed tens of thousands of troops near Ukraine’s border.', expect: ['MOBILIZE RUS>UKR'] },
  { text: 'China deployed warships and fighter jets around Taiwan.', expect: ['MOBILIZE CHN>TWN'] },
  { text: 'Venezuela moved troops to its border with Guyana.', expect: ['MOBILIZE VEN>GUY'] },
  { text: 'Belarus began snap military drills near the Polish border.', expect: ['MOBILIZE BLR>POL'] },
  { text: 'Azerbaijan reinforced its positions along the border with Armenia.', expect: ['MOBILIZE AZE>ARM'] },
  { text: 'Poland deployed additional soldiers to the frontier with Belarus.', expect: ['MOBILIZE POL>BLR'] },
  { text: 'Pakistan placed its air force on high alert after Indian jets violated its airspace.', expect: ['MOBILIZE PAK>IND'], allow: ['ACCUSE PAK>IND'] },
  { text: 'Ethiopia has built up forces along its border with Eritrea.', expect: ['MOBILIZE ETH>ERI'] },
  { text: 'Moscow plans to station tactical nuclear weapons near the Finnish border.', expect: ['MOBILIZE RUS>FIN planned'] },
  { text: 'The Chinese military staged large-scale exercises around Taiwan on Thursday.', expect: ['MOBILIZE CHN>TWN'] },
  { text: 'Russia has sent more troops to the border with Finland.', expect: ['MOBILIZE RUS>FIN'] },
];

// --- COERCE ------------------------------------------------------------------------------------------
const coerce: ProbeItem[] = [
  { text: 'Iran seized a Greek-flagged oil tanker in the Gulf of Oman.', expect: ['COERCE IRN>GRC'] },
  { text: 'Police arrested dozens of opposition supporters in Islamabad.', expect: ['COERCE PAK/COP>PAK/OPP'] },
  { text: 'Two French nationals were detained by Iranian authorities.', expect: ['COERCE IRN>FRA'] },
  // miss17: police acting on a crowd named as protesters imply its protest (event-extractor.ts impliedProtests).
  { text: 'Security forces in Bangladesh detained hundreds of protesters.', expect: ['COERCE BGD/COP>BGD/CVL'], allow: ['PROTEST BGD/CVL>BGD/GOV'] },
  { text: 'Burkina Faso suspended broadcasts of Radio France Internationale.', expect: ['COERCE BFA>FRA'], allow: ['SANCTION BFA>FRA'] },
  { text: 'The Bangladeshi government imposed a curfew in Dhaka after deadly clashes.', expect: ['COERCE BGD/GOV>BGD/CVL'] },
  { text: 'Ecuador’s president declared a state of emergency in seven provinces.', expect: ['COERCE ECU/GOV>ECU/CVL'] },
  { text: 'Authorities in Kyrgyzstan blocked access to several independent news websites.', expect: ['COERCE KGZ/GOV>KGZ/MED|KGZ/CVL'] },
  { text: 'Russia detained a U.S. soldier in Vladivostok on theft charges.', expect: ['COERCE RUS>USA'] },
  { text: 'Algeria deported hundreds of migrants to Niger.', expect: ['COERCE DZA>NER'] },
  { text: 'Thai police raided the offices of the opposition party.', expect: ['COERCE THA/COP>THA/OPP'] },
  { text: 'A Belarusian court jailed a Polish journalist for eight years.', expect: ['COERCE|SANCTION BLR>POL'] },
  { text: 'The Chinese coast guard seized a Philippine fishing boat near Scarborough Shoal.', expect: ['COERCE CHN>PHL'] },
  { text: 'Security forces fired tear gas to disperse the crowd in Kinshasa.', expect: ['COERCE|ASSAULT COD/COP>COD/CVL'] },
  { text: 'Riot police used water cannon against demonstrators in Tbilisi.', expect: ['ASSAULT|COERCE GEO/COP>GEO/CVL'], allow: ['PROTEST GEO/CVL>GEO/GOV'] },
  {
    text: 'Riot police in the Ugandan capital Kampala fired tear gas on Tuesday to disperse students marching on parliament.',
    // recall13b: the tear gas and the dispersal it was fired for are one deed (readable gold codes them as one
    // event, ASSAULT or COERCE), so the dispersal is no second event.
    expect: ['ASSAULT|COERCE UGA/COP>UGA/CVL|UGA/EDU'], allow: ['PROTEST UGA/EDU>UGA/LEG', 'PROTEST UGA/EDU>UGA/GOV'],
  },
  { text: 'Uzbek authorities cut off internet access in Karakalpakstan.', expect: ['COERCE UZB/GOV>UZB/CVL'] },
  { text: 'Kuwait deported hundreds of Egyptian workers.', expect: ['COERCE KWT>EGY'] },
  { text: 'Two Chinese citizens were arrested in Kazakhstan on suspicion of smuggling.', expect: ['COERCE KAZ>CHN'] },
  { text: 'Georgian police cracked down on protesters in Tbilisi overnight.', expect: ['COERCE GEO/COP>GEO/CVL'], allow: ['PROTEST GEO/CVL>GEO/GOV'] },
  { text: 'Dozens of activists were arrested by police in Istanbul.', expect: ['COERCE TUR/COP>TUR/CVL'] },
  { text: 'The crackdown on journalists in Azerbaijan has intensified.', expect: [], allow: ['COERCE AZE/GOV>AZE/MED', 'COERCE AZE/GOV>AZE/CVL'] },
  { text: 'Hungary’s government banned the planned rally in Budapest.', expect: ['COERCE HUN/GOV>HUN/CVL'] },
];

// --- ASSAULT -----------------------------------------------------------------------------------------
const assault: ProbeItem[] = [
  { text: 'Ethiopia and Eritrea traded heavy artillery fire along the border on Friday.', expect: ['ASSAULT ETH~ERI'] },
  // Fire exchanged is no document exchanged: no AGREE.
  { text: 'Serbia and Croatia exchanged heavy artillery fire on the border.', expect: ['ASSAULT SRB~HRV'] },
  { text: 'Peru recalled its ambassador from Quito after a landmine blast wounded five Peruvian soldiers.', expect: ['SANCTION PER>ECU'] },
  { text: 'According to the Pakistani army, militants ambushed a convoy near the Afghan border, killing seven soldiers.', expect: ['ASSAULT PAK/REB>PAK/MIL'] },
  { text: 'Kyiv says Moscow has launched more than 100 missiles at Ukrainian cities since Monday.', expect: ['ASSAULT RUS>UKR', 'ACCUSE UKR>RUS'] },
  { text: 'Israeli warplanes carried out strikes on targets in southern Lebanon.', expect: ['ASSAULT ISR>LBN'] },
  { text: 'Russian forces launched a new offensive against Ukrainian positions near Avdiivka.', expect: ['ASSAULT RUS>UKR'] },
  { text: 'Turkey launched drone strikes on Kurdish militants in northern Iraq.', expect: ['ASSAULT TUR>IRQ'] },
  { text: 'A Ukrainian drone attack hit an oil refinery in Russia’s Krasnodar region.', expect: ['ASSAULT UKR>RUS'] },
  { text: 'Two Pakistani soldiers were killed by Afghan Taliban fighters in a cross-border attack.', expect: ['ASSAULT AFG>PAK'] },
  { text: 'Azerbaijani and Armenian troops exchanged fire along the border overnight.', expect: ['ASSAULT AZE~ARM'] },
  { text: 'Houthi rebels fired a missile at a U.S. destroyer in the Red Sea.', expect: ['ASSAULT YEM>USA'] },
  { text: 'The United States and Britain struck Houthi targets in Yemen.', expect: ['ASSAULT USA>YEM', 'ASSAULT GBR>YEM'] },
  {
    text: 'Islamist militants killed 12 villagers in an attack in northern Burkina Faso.', expect: ['ASSAULT BFA/REB>BFA/CVL'],
    gap: 'actor layer: bare "militants" take no country named after them in the sentence',
  },
  { text: 'Indian and Chinese troops clashed in the Tawang sector.', expect: ['ASSAULT IND~CHN'] },
  { text: 'Myanmar’s military bombed a village in Sagaing region, killing dozens.', expect: ['ASSAULT MMR/MIL>MMR/CVL'] },
  { text: 'Kharkiv came under heavy Russian shelling overnight.', expect: ['ASSAULT RUS>UKR'] },
  { text: 'Israeli troops stormed a hospital in Gaza City.', expect: ['ASSAULT ISR>PSE'] },
  { text: 'Al-Shabaab fighters attacked a military base in central Somalia.', expect: ['ASSAULT SOM/REB>SOM/MIL'] },
  { text: 'Pakistan carried out airstrikes inside Iran, two days after Iranian missiles hit targets in Pakistan.', expect: ['ASSAULT PAK>IRN', 'ASSAULT IRN>PAK'],
    gap: '"hit" keeps "target" as a non-event object ("hit its target"), so "missiles hit targets in Pakistan" is lost' },
  { text: 'Russia fired a barrage of drones at Odesa overnight.', expect: ['ASSAULT RUS>UKR'] },
  { text: 'Israel launched a wave of airstrikes against Hezbollah targets in Lebanon.', expect: ['ASSAULT ISR>LBN'] },
  { text: 'Sudan’s army shelled RSF positions in Omdurman.', expect: ['ASSAULT SDN/MIL>SDN'] },
  { text: 'The attack on the Crocus concert hall near Moscow killed more than 130 people.', expect: [], allow: ['ASSAULT RUS/REB>RUS/CVL'] },
  { text: 'A Russian missile strike on Kyiv killed five people.', expect: ['ASSAULT RUS>UKR'] },
  { text: "Ukraine attacked the Russian port of Novorossiysk with sea drones.", expect: ["ASSAULT UKR>RUS"] },
];

// --- RETREAT -----------------------------------------------------------------------------------------
const retreat: ProbeItem[] = [
  { text: 'Iran released two Swedish nationals in a prisoner swap.', expect: ['RETREAT IRN>SWE'] },
  { text: 'Azerbaijan handed over 32 Armenian prisoners of war.', expect: ['RETREAT AZE>ARM'] },
  { text: 'Hamas released 13 Israeli hostages on Friday.', expect: ['RETREAT PSE>ISR'] },
  { text: 'The last French soldiers left Niger on Friday, completing the withdrawal.', expect: ['RETREAT FRA>NER'] },
  { text: 'Venezuela freed ten Americans in exchange for a close ally of the president.', expect: ['RETREAT VEN>USA'] },
  { text: 'Ethiopian troops withdrew from the border town in Somalia.', expect: ['RETREAT ETH>SOM'] },
  { text: 'Russia pulled its forces out of the area around Kyiv.', expect: ['RETREAT RUS>UKR'] },
  { text: 'Israel allowed aid trucks into Gaza through the Kerem Shalom crossing.', expect: ['RETREAT ISR>PSE'], allow: ['AID ISR>PSE'] },
  { text: 'The withdrawal of UN peacekeepers from Mali was completed in December.', expect: ['RETREAT UN>MLI'], allow: ['SANCTION UN>MLI'] },
];

// --- What is no conflict event ------------------------------------------------------------------------
const negatives: ProbeItem[] = [
  { text: 'Rwanda denied backing the M23 rebels.', expect: [] },
  { text: 'Kyiv denied that its forces had shelled the market in Donetsk.', expect: [] },
  { text: 'The opposition attacked the government’s budget proposal in parliament in Nairobi.', expect: [], allow: ['ACCUSE KEN/OPP>KEN/GOV', 'ACCUSE KEN/OPP>KEN/LEG'] },
  { text: 'Brazil and Argentina clashed over trade policy at the regional summit.', expect: [], allow: ['ACCUSE BRA~ARG', 'CONSULT BRA~ARG'] },
  { text: 'Spain clashed with Germany in the Euro 2024 quarter-final in Stuttgart.', expect: [] },
  { text: 'The United States could impose new sanctions on Venezuela if the election is not free.', expect: [] },
  { text: 'China and the United States remain locked in a trade war.', expect: [] },
  { text: 'Russia did not attack Ukrainian energy facilities overnight, Kyiv said.', expect: [] },
  { text: 'Japan has not expelled any Chinese diplomats.', expect: [] },
  { text: 'Iran seized an oil tanker in the Gulf of Oman.', expect: [] },
  { text: 'Moscow fears that NATO could deploy troops in Finland.', expect: [] },
  { text: 'If Serbia deploys troops to the border, Kosovo would respond.', expect: [] },
  { text: 'Putin demonstrated his grip on power with a landslide win.', expect: [] },
  { text: 'Analysts say a Chinese blockade of Taiwan would cripple the island’s economy.', expect: [] },
  { text: 'India crushed Pakistan in the World Cup match in Ahmedabad.', expect: [] },
  { text: 'Egypt warned of a humanitarian catastrophe in Gaza.', expect: [] },
  { text: 'Moscow would never attack a NATO country, the Kremlin said.', expect: [] },
  { text: 'Russia will pull its troops out of the border area only if Ukraine accepts the terms.', expect: [] },
  { text: 'The Japanese yen rallied against the dollar on Friday.', expect: [] },
  { text: 'Turkey’s striker hit the post twice against Georgia.', expect: [] },
  { text: 'Germany’s finance minister shot down the proposal from France.', expect: [], allow: ['REJECT DEU>FRA'] },
  { text: 'Beijing denied the accusations of espionage made by Berlin.', expect: [], allow: ['ACCUSE DEU>CHN', 'REJECT CHN>DEU'] },
  { text: 'Vietnam launched a new satellite with help from Japan.', expect: [], allow: ['COOPERATE VNM~JPN', 'AID JPN>VNM'] },
  { text: 'Polish farmers fear that Ukrainian grain will flood the market.', expect: [] },
  { text: 'Britain’s Labour Party launched an attack on the government’s record on the NHS.', expect: [] },
];

const ALL: Record<string, ProbeItem[]> = { accuse, reject, threaten, protest, sanction, mobilize, coerce, assault, retreat, negatives };

describeProbeGroups('conflict events in wire copy', ALL);
