import { describe, expect, it } from 'vitest';
import { cutFurniture } from './furniture-cutter.js';

// Article paragraphs written for these tests; long enough to pass the "article text before a heading" bar.
const P1 = 'WARSAW – Poland and Lithuania agreed on Monday to link their power grids by 2027, the two energy ministers said after talks in Vilnius.';
const P2 = 'The agreement also covers a joint gas storage study, and officials said trade between the neighbours rose to $9.2 billion last year.';
const P3 = '“We are building this together,” the Lithuanian minister told reporters at a news conference.';
const BODY = [P1, '', P2, '', P3].join('\n');

/** Every span of a diagnostic points into the uncut body, and the kept text is a prefix of it with blanks. */
function expectOffsetsKept(body: string, text: string): void {
  expect(text.length).toBeLessThanOrEqual(body.length);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== body[i]) expect(text[i]).toBe(' ');
  }
}

describe('cutFurniture: trailing blocks are cut', () => {
  const cases: Array<{ name: string; trailer: string; rule: string }> = [
    { name: 'related articles list', trailer: '\n\nRelated articles\n\nChile hosts a regional summit on water\nIndia and Japan sign a rail deal on 4 May 2019', rule: 'furniture.heading.related' },
    { name: 'editor’s choice box', trailer: "\n\nEditor's choice\nNews\nA different story about Peru's elections", rule: 'furniture.heading.editors-choice' },
    { name: 'popular box', trailer: '\nPopular\n\nSomething else entirely happened in 2031.', rule: 'furniture.heading.popular' },
    { name: 'most read box', trailer: '\n\nMost read:\n1. A story\n2. Another story', rule: 'furniture.heading.popular' },
    { name: 'tag line', trailer: '\n\nTags: Poland, Lithuania, energy', rule: 'furniture.heading.tags' },
    { name: 'you may also like', trailer: '\n\nYou may also like\nSenegal and Mali reopen their border', rule: 'furniture.heading.more-from' },
    { name: 'comments section', trailer: '\n\n3 Comments\nGreat article!', rule: 'furniture.heading.comments' },
  ];
  it.each(cases)('$name', ({ trailer, rule }) => {
    const input = BODY + trailer;
    const cut = cutFurniture(input);
    expect(cut.text).toBe(BODY);
    expect(cut.diagnostics.map((d) => d.rule)).toContain(rule);
    const d = cut.diagnostics.find((x) => x.rule === rule)!;
    expect(d.span!.end).toBe(input.length);
    expect(d.severity).toBe('info');
  });

  it('credit and source lines just before a trailing block go with it', () => {
    const input = `${BODY}\n\nsource: Example Wire with agencies\nphoto: Two ministers shaking hands (archive)\n\nRelated news\nOther headline`;
    const cut = cutFurniture(input);
    expect(cut.text).toBe(BODY);
    expect(cut.diagnostics.map((d) => d.rule)).toEqual([
      'furniture.line.source-line',
      'furniture.line.photo-credit',
      'furniture.heading.related',
    ]);
  });

  it('a date inside the cut block does not survive (it must not move the document date)', () => {
    const cut = cutFurniture(`${BODY}\n\nMost popular\nLeaders met in Rome on 12 November 2031`);
    expect(cut.text).not.toContain('2031');
  });

  const trailingLines: Array<{ name: string; line: string; rule: string }> = [
    { name: 'subscription prompt as a question (want … in your inbox?)', line: 'Want the morning digest in your inbox? Subscribe here.', rule: 'furniture.line.subscribe' },
    { name: 'subscription prompt (get … delivered to your inbox)', line: 'Get our weekly Baltic briefing delivered straight to your inbox every Friday.', rule: 'furniture.line.subscribe' },
    { name: 'subscribe', line: 'Subscribe to our newsletter for weekly updates', rule: 'furniture.line.subscribe' },
    { name: 'sign up', line: 'Sign up for free', rule: 'furniture.line.subscribe' },
    { name: 'follow us', line: 'Follow us on Facebook and X', rule: 'furniture.line.follow-us' },
    { name: 'copyright', line: '© 2024 Example Media. All rights reserved.', rule: 'furniture.line.copyright' },
    { name: 'all rights reserved', line: 'Example Media Group, all rights reserved', rule: 'furniture.line.copyright' },
    { name: 'advertisement', line: 'Advertisement', rule: 'furniture.line.advertisement' },
    { name: 'share buttons', line: 'Share this article', rule: 'furniture.line.share' },
    { name: 'read more link', line: 'Read more: Estonia opens a new port', rule: 'furniture.line.read-more' },
    { name: 'tap title prompt', line: '(tap the title for the full story)', rule: 'furniture.line.read-more' },
    { name: 'click link prompt', line: 'Click here to read the full article.', rule: 'furniture.line.read-more' },
    { name: 'photo credit', line: 'Picture credit: Harbour authority archive', rule: 'furniture.line.photo-credit' },
    { name: 'image line', line: 'Image: a port crane at dusk', rule: 'furniture.line.photo-credit' },
  ];
  it.each(trailingLines)('trailing single line: $name', ({ line, rule }) => {
    const cut = cutFurniture(`${BODY}\n\n${line}\n`);
    expect(cut.text).toBe(BODY);
    expect(cut.diagnostics.map((d) => d.rule)).toEqual([rule]);
  });
});

describe('cutFurniture: furniture in the middle is blanked, offsets kept', () => {
  it('a credit line between paragraphs becomes spaces of the same length', () => {
    const credit = 'Photo: Example Agency';
    const input = `${P1}\n${credit}\n${P2}`;
    const cut = cutFurniture(input);
    expect(cut.text.length).toBe(input.length);
    expect(cut.text).toBe(`${P1}\n${' '.repeat(credit.length)}\n${P2}`);
    expect(cut.text.slice(input.indexOf(P2), input.indexOf(P2) + P2.length)).toBe(P2);
    expect(cut.diagnostics).toEqual([
      { reason: 'photo credit or caption source: blanked', rule: 'furniture.line.photo-credit', severity: 'info', span: { start: P1.length + 1, end: P1.length + 1 + credit.length } },
    ]);
  });

  it('a photo credit after the last sentence of a paragraph is blanked, the sentence kept', () => {
    const line = 'The port will open in May. Photo credit: Harbour authority';
    const input = `${line}\n${P2}`;
    const cut = cutFurniture(input);
    const at = line.indexOf('Photo credit');
    expect(cut.text.slice(0, at)).toBe('The port will open in May. ');
    expect(cut.text.slice(at, line.length)).toBe(' '.repeat(line.length - at));
    expect(cut.diagnostics[0]!.rule).toBe('furniture.tail.photo-credit');
    expect(cut.diagnostics[0]!.span).toEqual({ start: at, end: line.length });
    expectOffsetsKept(input, cut.text);
  });

  it('a heading near the top (too little article before it) is blanked, not used to cut', () => {
    const input = `Short title\nShare this\nTags: trade\n${BODY}`;
    const cut = cutFurniture(input);
    expect(cut.text.length).toBe(input.length);
    expect(cut.text.endsWith(P3)).toBe(true);
    expect(cut.diagnostics.map((d) => d.rule)).toEqual(['furniture.line.share', 'furniture.heading.tags']);
    expectOffsetsKept(input, cut.text);
  });

  it('a text made only of furniture is blanked, never cut to nothing by the cutter', () => {
    const input = 'Advertisement\nSubscribe now';
    const cut = cutFurniture(input);
    expect(cut.text.trim()).toBe('');
  });
});

describe('cutFurniture: article text that is NOT furniture', () => {
  const keep: Array<{ name: string; line: string }> = [
    { name: '"source" inside a sentence', line: 'Officials said the pipeline is a source of tension between the two capitals.' },
    { name: '"Sources said" opening a sentence', line: 'Sources said the visit would take place in June.' },
    { name: '"popular" inside a sentence', line: 'The treaty is popular with voters in both countries.' },
    { name: '"Popular" opening a sentence', line: 'Popular support for the accord has grown since 2020.' },
    { name: 'related as an adjective', line: 'Related talks on visas will follow next month.' },
    { name: 'photo mentioned in prose', line: 'A photo of the two leaders was widely shared online.' },
    { name: 'subscribers in prose', line: 'Subscribers to the state bond issue included three foreign banks.' },
    { name: 'sharing in prose', line: 'Share prices rose after the deal was announced.' },
    { name: 'copyright as a topic', line: 'Copyright reform was also on the agenda of the talks.' },
    { name: 'follow-up in prose', line: 'Follow-up meetings are planned in Geneva.' },
    { name: 'a subheading', line: 'Energy cooperation' },
    { name: 'advertising in prose', line: 'Advertisement spending by state firms fell by 4%.' },
    { name: 'a question in prose', line: 'Want a lower tariff? Then sign the protocol, the minister told his counterpart by phone.' },
    { name: 'tapping in prose', line: 'Engineers will tap the reservoir for the first time in May.' },
  ];
  it.each(keep)('$name is kept (as the last line)', ({ line }) => {
    const input = `${BODY}\n\n${line}`;
    const cut = cutFurniture(input);
    expect(cut.text).toBe(input);
    expect(cut.diagnostics).toEqual([]);
  });
  it.each(keep)('$name is kept (in the middle)', ({ line }) => {
    const input = `${P1}\n${line}\n${P2}`;
    expect(cutFurniture(input).text).toBe(input);
  });

  it('a colon-ended sentence about an image is not a photo-credit tail', () => {
    const input = `${P1} The ministry described the image: a bridge.\n${P2}`;
    expect(cutFurniture(input).text).toBe(input);
  });

  it('output is deterministic', () => {
    const input = `${BODY}\nPhoto: X\n\nRelated articles\nY`;
    expect(cutFurniture(input)).toEqual(cutFurniture(input));
  });
});

describe('cutFurniture: subheadings that look like boxes but belong to the article', () => {
  const subheadings = ['More from the interview', 'Popular support grows', 'Related issues', 'Comments from the ministry'];
  it.each(subheadings)('"%s" between paragraphs cuts nothing', (sub) => {
    const input = `${BODY}\n\n${sub}\n\n${P2}`;
    const cut = cutFurniture(input);
    expect(cut.text).toBe(input);
  });
  it('a real "more from this author" box is cut', () => {
    expect(cutFurniture(`${BODY}\n\nMore from this author\nAnother headline`).text).toBe(BODY);
  });
});

describe('cutFurniture: contract on odd input', () => {
  const odd: Array<{ name: string; text: string }> = [
    { name: 'empty', text: '' },
    { name: 'emoji and CJK', text: `${P1} 🎉\n北京和阿斯塔纳签署协议。\nPhoto: 新华社\n${P2}` },
    { name: 'one very long line', text: `${P1} `.repeat(20_000) },
    { name: 'many short lines', text: 'Popular\nRead more\n'.repeat(5_000) + BODY },
    { name: 'huge white-space runs', text: `Popular${' '.repeat(500_000)}x\n${BODY}\nTags:${' '.repeat(500_000)}` },
  ];
  it.each(odd)('$name: no throw, offsets kept, quick', ({ text }) => {
    const t0 = performance.now();
    const cut = cutFurniture(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expectOffsetsKept(text, cut.text);
    for (const d of cut.diagnostics) {
      expect(d.span!.start).toBeGreaterThanOrEqual(0);
      expect(d.span!.end).toBeLessThanOrEqual(text.length);
    }
  });
});
