import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { actorsByName } from '../../test-support/mentions.js';
import { extractRelations } from './relation-extractor.js';

const NAMES: Record<string, string> = {
  Turkey: 'TUR', Erdogan: 'TUR', Tokyo: 'JPN', Azerbaijan: 'AZE', Japan: 'JPN', Mongolia: 'MNG', Germany: 'DEU',
  Uzbekistan: 'UZB', Kyrgyzstan: 'KGZ', 'the Central Asian states': 'C5', Tajikistan: 'TJK', India: 'IND', Russia: 'RUS', 'the EU': 'EU',
  'the European Union': 'EU', 'The EU': 'EU', Ukraine: 'UKR', Pakistan: 'PAK', China: 'CHN', 'our': 'PAK', Hungary: 'HUN',
  Armenia: 'ARM', Moldova: 'MDA', 'the Central Asian republics': 'C5', NATO: 'NATO', CSTO: 'CSTO',
};

const relations = (text: string, quoteSpeaker: string | null = null) => {
  const quotes = quoteSpeaker ? [{ span: { start: 0, end: text.length }, speaker: quoteSpeaker }] : [];
  return extractRelations({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), quotes }).relations
    .map((r) => `${[r.a, r.b].sort().join('-')} ${r.tier}`);
};

describe('extractRelations', () => {
  it('a designation word inside a proper name is no designation', () => {
    expect(relations('Japan sanctioned the Mongolia River Alliance, a militia.')).toEqual([]);
  });

  it('an ally of a person is no alliance between states', () => {
    const text = 'Japan freed a close ally of Erdogan, a businessman from Germany.';
    const actors = actorsByName(text, NAMES).map((m) => (m.code === 'TUR' ? { ...m, via: 'person' as const } : m));
    expect(extractRelations({ text, sentences: splitSentences(text), actors, quotes: [] }).relations).toEqual([]);
    const stateText = 'Japan is a close ally of Turkey.';
    expect(extractRelations({ text: stateText, sentences: splitSentences(stateText), actors: actorsByName(stateText, NAMES), quotes: [] }).relations.map((r) => r.tier)).toEqual(['alliance']);
  });

  it('a hyphened pair before the designation names both sides, with its tier', () => {
    // Mentions by position: the shared helper will not find a name right after a hyphen.
    const mentionsOf = (text: string, names: Array<[string, string]>) => names.map(([name, code]) => {
      const start = text.indexOf(name);
      return { kind: 'actor' as const, span: { start, end: start + name.length }, code, via: 'name' as const, rule: 'test' };
    });
    const run = (text: string, names: Array<[string, string]>) => extractRelations({ text, sentences: splitSentences(text), actors: mentionsOf(text, names), quotes: [] }).relations
      .map((r) => `${[r.a, r.b].sort().join('-')} ${r.tier}`);
    expect(run('Officials said the Turkey-Azerbaijan alliance was firm.', [['Turkey', 'TUR'], ['Azerbaijan', 'AZE']])).toEqual(['AZE-TUR alliance']);
    expect(run('The India-Japan strategic partnership turned twenty.', [['India', 'IND'], ['Japan', 'JPN']])).toEqual(['IND-JPN strategic_partnership']);
    // A hyphened pair named elsewhere in the sentence states nothing about the designation's pair.
    expect(run('After the India-Japan talks, Mongolia called Tokyo an ally.', [['India', 'IND'], ['Japan', 'JPN'], ['Mongolia', 'MNG'], ['Tokyo', 'JPN']])).toEqual(['JPN-MNG alliance']);
  });

  const cases: Array<[string, string, string[]]> = [
    ['an alliance named with "with"', 'Erdogan said Turkey will keep its allied relations with Azerbaijan.', ['AZE-TUR alliance']],
    ['ally of', 'Turkey is the closest ally of Azerbaijan in the region.', ['AZE-TUR alliance']],
    ['a privileged partnership is coded as written', 'Officials in Tokyo say Japan and Mongolia have a special and privileged partnership.', ['JPN-MNG partnership']],
    ['a capitalised privileged partnership', 'Pakistan and China have a Privileged Partnership since 2015, the envoy said.', ['CHN-PAK partnership']],
    ['a privileged strategic partnership keeps its strategic tier', 'Hungary and Armenia spoke of their special and privileged strategic partnership.', ['ARM-HUN strategic_partnership']],
    ['a strategic and global partnership is strategic', 'Japan and India agreed to deepen their Special Strategic and Global Partnership.', ['IND-JPN strategic_partnership']],
    ['a comprehensive cooperative partnership is a partnership', 'China and Mongolia pledged to advance their comprehensive cooperative partnership.', ['CHN-MNG partnership']],
    ['a strategic and global partner is strategic', 'Tokyo called India a strategic and global partner.', ['IND-JPN strategic_partnership']],
    ['a strategic and comprehensive partnership is strategic', 'The EU and Ukraine spoke of a strategic and comprehensive partnership.', ['EU-UKR strategic_partnership']],
    ['an actor modifying "ally" after an adjective is the partner', 'Pakistan, a major China ally, sent troops.', ['CHN-PAK alliance']],
    ['global cooperation alone is no tier', 'Japan and India called for global cooperation on health.', []],
    ['allied interaction is an alliance', 'Hungary and Armenia signed a declaration on allied interaction.', ['ARM-HUN alliance']],
    ['interaction without "allied" is no tier', 'Hungary and Armenia discussed closer interaction.', []],
    ['privileged access is no partnership', 'Japan gave Mongolia privileged access to its ports.', []],
    ['the highest tier stated wins', 'Since 1997 Russia has been both a strategic partner and a treaty ally to Armenia.', ['ARM-RUS alliance']],
    ['comprehensive strategic partnership between two', 'The comprehensive strategic partnership between Uzbekistan and Japan keeps growing.', ['JPN-UZB comprehensive_strategic_partnership']],
    ['a possessor before the designation is the partner', 'Officials said Mongolia remains Japan’s trusted strategic partner.', ['JPN-MNG strategic_partnership']],
    ['a qualifier is coded as written', 'Mongolia and Japan are bound by a permanent strategic partnership.', ['JPN-MNG strategic_partnership']],
    ['a list closed by "and" ends before an attribution after a comma', 'Turkey has established strategic partnerships with Japan, India and Germany, the European Union noted.', ['JPN-TUR strategic_partnership', 'IND-TUR strategic_partnership', 'DEU-TUR strategic_partnership']],
    ['a list of partners each gets the designation', 'Erdogan said Turkey seeks strategic partnerships with Azerbaijan, Uzbekistan and Kyrgyzstan.', ['AZE-TUR strategic_partnership', 'TUR-UZB strategic_partnership', 'KGZ-TUR strategic_partnership']],
    ['designations in a list each pair with their own partner', 'Turkey’s foreign ministry set out three tracks: an “alliance” with Azerbaijan, a strategic partnership with Japan and, further east, a comprehensive strategic partnership with India.', ['AZE-TUR alliance', 'JPN-TUR strategic_partnership', 'IND-TUR comprehensive_strategic_partnership']],
    ['enhanced partnership agreement', 'Negotiators for the EU and Uzbekistan closed the last chapter of an Enhanced Partnership and Cooperation Agreement in Brussels.', ['EU-UZB enhanced_partnership']],
    ['cooperation stated as a policy line with listed partners: the members named stand for their group', 'India wants close ties with the Central Asian republics, particularly Tajikistan, Uzbekistan and Kyrgyzstan, its envoy said.', ['IND-UZB partnership', 'IND-KGZ partnership', 'IND-TJK partnership']],
    ['a strategic cooperative partnership is a strategic partnership', 'Officials said Pakistan regards China as an all-weather strategic cooperative partner.', ['CHN-PAK strategic_partnership']],
    ['the pair joined by "and" before the designation, among more actors', 'Tokyo said Mongolia and Japan, meeting alongside India and Germany, hailed their strategic partnership.', ['JPN-MNG strategic_partnership']],
    ['a field inside the designation keeps its tier', 'Turkey and Japan signed a strategic defence partnership, with India watching.', ['JPN-TUR strategic_partnership']],
    ['one side in the sentence, its partner the one other actor of the sentence before', 'Erdogan received the prime minister of Japan. Turkey said the strategic partnership was growing.', ['JPN-TUR strategic_partnership']],
    ['a possessor\'s ally in apposition', 'Russia\'s closest ally Armenia hosted the talks.', ['ARM-RUS alliance']],
    ['an ally after "and its"', 'Japan and its treaty ally Mongolia held joint patrols.', ['JPN-MNG alliance']],
    ['a possessor\'s ally in apposition to the subject', 'Armenia, Russia\'s formal treaty ally, voiced its concern.', ['ARM-RUS alliance']],
    ['a pair in apposition after the designation', 'Ties between traditional allies Turkey and Azerbaijan were tested.', ['AZE-TUR alliance']],
    ['allied ties with a word between', 'Turkey praised the allied mutual ties between Turkey and Azerbaijan.', ['AZE-TUR alliance']],
    ['an actor right before the designation is its partner, not what follows', 'Turkey is a NATO ally and a strategic partner of Azerbaijan.', ['AZE-TUR strategic_partnership']],
    ['a pair with "between" and allies in apposition', 'Ties between Japan and Mongolia, longtime allies, have warmed.', ['JPN-MNG alliance']],
    ['an actor before the designation with no other side before it leaves the partner after it', 'The EU Enhanced Partnership and Cooperation Agreement with Uzbekistan entered into force.', ['EU-UZB enhanced_partnership']],
    ['a pair said to be allies', 'Officials in Ankara stressed that Turkey and Azerbaijan are close allies.', ['AZE-TUR alliance']],
    ['a pair described as allies in apposition', 'Hungary and Germany, military allies for decades, signed a tank deal.', ['DEU-HUN alliance']],
    ['a possessor\'s partners listed in apposition each pair with it', 'Turkey’s strategic partners Azerbaijan, Uzbekistan and Kyrgyzstan sent envoys to the forum.', ['AZE-TUR strategic_partnership', 'TUR-UZB strategic_partnership', 'KGZ-TUR strategic_partnership']],
    ['partners named by "regard … as"', 'Mongolia regards Japan and India as strategic partners.', ['JPN-MNG strategic_partnership', 'IND-MNG strategic_partnership']],
    ['an ally named by "consider" without "as", said by a listed subject', 'Uzbekistan and Tajikistan, both landlocked, host Russian bases and consider Russia a strategic ally.', ['RUS-UZB alliance', 'RUS-TJK alliance']],
    ['a list before "among" a possessor\'s partners', 'Germany, India and Japan are among Turkey’s strategic partners.', ['DEU-TUR strategic_partnership', 'IND-TUR strategic_partnership', 'JPN-TUR strategic_partnership']],
    ['later members of a list after "with" are partners, not the subject of the next designation', 'Turkey has strategic partnerships with Japan, India and Germany, and comprehensive strategic partnerships with China and Russia.', ['JPN-TUR strategic_partnership', 'IND-TUR strategic_partnership', 'DEU-TUR strategic_partnership', 'CHN-TUR comprehensive_strategic_partnership', 'RUS-TUR comprehensive_strategic_partnership']],
    ['a listed subject with partners after "of" each take the designation', 'Officials noted that Japan, India and Germany are strategic partners of Mongolia.', ['JPN-MNG strategic_partnership', 'IND-MNG strategic_partnership', 'DEU-MNG strategic_partnership']],
    ['a possessor\'s partners set off by a dash', 'Turkey’s strategic partners – Azerbaijan and Japan – sent envoys.', ['AZE-TUR strategic_partnership', 'JPN-TUR strategic_partnership']],
    ['a pair that are partners and allies is allied', 'Officials said Japan and Mongolia are strategic partners and allies.', ['JPN-MNG alliance']],
    ['an apposition is no list running on past a comma to the teller', 'Russia\'s closest ally Armenia, Japan said on Monday, hosted the talks.', ['ARM-RUS alliance']],
    ['an actor after an opening phrase with "with" is the subject, not a list member', 'After talks with Russia, Mongolia described China as a strategic partner.', ['CHN-MNG strategic_partnership']],
    ['a head noun between the designation and its partners', 'Mongolia signed strategic partnership agreements with Japan and India.', ['JPN-MNG strategic_partnership', 'IND-MNG strategic_partnership']],
    ['relations of a tier with a head noun and "between"', 'Strategic partnership relations between Japan and India deepened.', ['IND-JPN strategic_partnership']],
    ['"our" in a quote stands for the speaker', 'Over seven decades our strategic partnership with China has only grown stronger.', ['CHN-PAK strategic_partnership']],
    ['an owner\'s partner and ally is allied', 'Russia remains Mongolia\'s strategic partner and ally, officials said.', ['MNG-RUS alliance']],
    ['an owner\'s partner and neighbour is no ally', 'Russia remains Mongolia\'s trade partner and neighbour.', []],
    ['"not only" is no negation', 'Turkey and Azerbaijan are not only strategic partners but also brotherly nations.', ['AZE-TUR strategic_partnership']],
    ['"not" still negates', 'Turkey and Azerbaijan are not strategic partners.', []],
    // Joint bodies and programmes named after a designation state no tier (spec).
    ['a strategic partnership commission is a joint body', 'The Strategic Partnership Commission of Japan and India met in Tokyo.', []],
    ['a strategic alliance council is a joint body', 'Turkey and Azerbaijan convened their Strategic Alliance Council on Friday.', []],
    ['a commission on strategic partnership is a joint body', 'Kyrgyzstan and Tajikistan set up an Intergovernmental Commission on Strategic Partnership.', []],
    ['a programme of an organisation is no tier', 'Moldova joined the NATO Partnership for Peace in 1994.', []],
    ['a designation for peace and development keeps its tier', 'China and Pakistan agreed on a comprehensive strategic partnership for peace, stability and development.', ['CHN-PAK comprehensive_strategic_partnership']],
    ['a designation named beside a joint body still counts', 'At the Strategic Partnership Commission, Japan and India hailed their strategic partnership.', ['IND-JPN strategic_partnership']],
    // Session 12 (relfig12): own sentences for list subjects, a possessor's ally placed in a region, and what states no tier.
    ['a list of three said to be partners pairs every member', 'Mongolia, Japan and India are strategic partners, their ministers said.', ['JPN-MNG strategic_partnership', 'IND-MNG strategic_partnership', 'IND-JPN strategic_partnership']],
    ['a list of three with "which are"', 'Turkey, Azerbaijan and Pakistan, which are close allies, held drills.', ['AZE-TUR alliance', 'PAK-TUR alliance', 'AZE-PAK alliance']],
    ['a possessor\'s ally after a phrase of place', 'Turkey\'s closest ally in the Caucasus, Azerbaijan, hosted the drills.', ['AZE-TUR alliance']],
    ['a possessor\'s partner after a phrase of place is no teller of a saying verb', 'Russia\'s strategic partner in Asia, China said on Monday, is India.', []],
    ['a naming verb with a lower designation named first', 'Turkey considers Azerbaijan a fraternal nation and a strategic ally.', ['AZE-TUR alliance']],
    ['an upgrade to a tier states it', 'Japan and Mongolia agreed to elevate their ties to a comprehensive strategic partnership.', ['JPN-MNG comprehensive_strategic_partnership']],
    ['the Russian and Chinese wording of their tier', 'China and Russia praised their comprehensive partnership and strategic coordination.', ['CHN-RUS comprehensive_strategic_partnership']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(relations(text).sort()).toEqual([...expected].sort());
    });
  }

  it('one relation per pair, with every sentence that states the top tier as evidence', () => {
    const text = 'Japan is a strategic partner of Mongolia. The strategic partnership between Mongolia and Japan is young.';
    const out = extractRelations({ text, sentences: splitSentences(text), actors: actorsByName(text, NAMES), quotes: [] }).relations;
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence).toHaveLength(2);
    for (const e of out[0]!.evidence) expect(text.slice(e.start, e.end)).toMatch(/strategic partner/);
  });
});

describe('extractRelations: what states no tier', () => {
  const negatives: Array<[string, string]> = [
    ['a trading partner', 'China is the largest trading partner of Mongolia.'],
    ['generic partnerships with one actor', 'Uzbekistan has forged economic and strategic partnerships across the world.'],
    ['a tier desired, not held', 'Mongolia expressed its desire to turn the friendly relationship with Japan into a strategic partnership.'],
    ['partners in development are development partners', 'Pakistan and China are partners in development, Erdogan said.'],
    ['three actors and no pair joined by "and"', 'Japan told Mongolia that India values its strategic partnership.'],
    ['one side, with two candidates in the sentence before', 'Erdogan met leaders of Japan and India. Turkey values its strategic partnership, he said.'],
    ['one side, the actor before in another paragraph', 'Erdogan received the prime minister of Japan.\n\nTurkey values its strategic partnership, he said.'],
    ['an ally of an alliance organisation is a member', 'NATO ally Turkey objected to the plan.'],
    ['membership of an organisation described as an alliance', 'Armenia, a member of the Russia-led CSTO military alliance, asked for help.'],
    ['allies of a pair left unnamed', 'Japan and Germany met their allies in Tokyo.'],
    ['Western allies', 'Moldova briefed the Western allies of Ukraine on the grain corridor.'],
    ['a negated designation', 'Hungary said Russia is not a strategic partner of the European Union.'],
    ['the name of a joint body', 'Turkey and Azerbaijan met at the High-Level Strategic Cooperation Council.'],
    ['cooperation in a field is no designation', 'Japan discussed cooperation in energy with Mongolia.'],
    ['an organisation counted by its members', 'Hungary and Moldova briefed the 27-nation alliance on Ukraine.'],
    ['a naming verb with a negation', 'Japan does not consider Mongolia a strategic partner.'],
    ['a naming verb with a trading partner', 'Japan calls Mongolia a key trading partner.'],
    ['a tier that may come', 'Officials said Japan and Mongolia may become strategic partners one day.'],
    ['a tier under a condition', 'If Hungary and Turkey were allies, the vote would differ.'],
    ['a tier denied by "no"', 'Hungary and Moldova have no strategic partnership, the minister said.'],
    ['an owner\'s alliance with a partner named by no actor', 'Moldova, which lies between Ukraine and Hungary, values Armenia\'s alliance with its southern neighbour.'],
  ];
  for (const [name, text] of negatives) {
    it(name, () => {
      expect(relations(text)).toEqual([]);
    });
  }
});

describe('the other side of a possessor\'s designation (branch precision8)', () => {
  it('a list linked by a few words is the possessor\'s partner', () => {
    expect(relations('Germany and Ukraine are among Hungary\'s partners.')).toEqual(['DEU-HUN partnership', 'HUN-UKR partnership']);
  });
  it('an actor further back, across a clause, is not', () => {
    expect(relations('Turkey accused Armenia of lying, a reference to Azerbaijan\'s partners in the region.')).toEqual([]);
  });
  it('a pair across a dash is not the ally of the possessor', () => {
    expect(relations('Gas to the country -- between Russia and Ukraine -- fell because of Moldova\'s alliance with the West.')).toEqual([]);
  });
  it('partners named right after a possessor are its partners, not each other\'s', () => {
    expect(relations('Mongolia\'s strategic partners Russia and China sent envoys.')).toEqual(['CHN-MNG strategic_partnership', 'MNG-RUS strategic_partnership']);
  });

  describe('tiers wished for are not held', () => {
    it.each([
      'Japan and Mongolia hope to elevate their ties to a comprehensive strategic partnership.',
      'Turkey is seeking a strategic partnership with Hungary, its minister said.',
      'Germany wants to become a strategic partner of India.',
      'Japan and India discussed the possibility of establishing a strategic partnership.',
      'The minister proposed upgrading relations between Hungary and Armenia to a strategic partnership.',
      'Moldova and Ukraine agreed to work toward a strategic partnership.',
      'Uzbekistan and Kyrgyzstan aspire to build an alliance.',
    ])('%s', (text) => {
      expect(relations(text)).toEqual([]);
    });

    it('a tier held and wished stronger, or agreed and planned, is still stated', () => {
      expect(relations('Japan and Mongolia hope to further strengthen their strategic partnership.')).toEqual(['JPN-MNG strategic_partnership']);
      expect(relations('Japan and India hope the newly established strategic partnership will bring prosperity.')).toEqual(['IND-JPN strategic_partnership']);
      expect(relations('Turkey and Hungary agreed to upgrade their relations to a strategic partnership.')).toEqual(['HUN-TUR strategic_partnership']);
    });
  });
});

describe('kaz18: a pair subject with more than one rung before "allies"', () => {
  it('"A and B are friendly countries as well as strategic partners and allies" states an alliance', () => {
    expect(relations('Armenia and Moldova are friendly and fraternal countries as well as strategic partners and allies, the minister said.'))
      .toEqual(['ARM-MDA alliance']);
    expect(relations('Uzbekistan and Kyrgyzstan are good neighbours and strategic partners and allies.')).toEqual(['KGZ-UZB alliance']);
    // "allies" alone without a pair still names no pair
    expect(relations('Armenia said friendly countries as well as allies had sent aid.')).toEqual([]);
  });
});
