import { describe, expect, it } from 'vitest';
import { parseTextHeader } from './text-header.js';

describe('parseTextHeader: headers that are recognised', () => {
  const cases: Array<{ name: string; text: string; meta: Record<string, string>; body: string }> = [
    {
      name: 'key: value block ended by a blank line',
      text: 'Title: Chile and Peru sign a fisheries accord\nURL: https://example.org/news/2021/03/accord\nPublished: 2021-03-14\nSource: Example Wire\n\nLIMA – The two governments signed…',
      meta: {
        title: 'Chile and Peru sign a fisheries accord',
        url: 'https://example.org/news/2021/03/accord',
        published: '2021-03-14',
        source: 'Example Wire',
      },
      body: 'LIMA – The two governments signed…',
    },
    {
      name: 'keys are case-insensitive and spelling variants map to one field',
      text: 'LINK: https://example.org/a\npublished_at: March 3, 2022\nBy: A. Writer\n\nBody text here.',
      meta: { url: 'https://example.org/a', published: 'March 3, 2022', author: 'A. Writer' },
      body: 'Body text here.',
    },
    {
      name: 'date: line is the published date',
      text: 'date: 2019-11-02\n\nOSLO – Norway said…',
      meta: { published: '2019-11-02' },
      body: 'OSLO – Norway said…',
    },
    {
      name: 'unknown keys are kept out of the body when the block also has a known key',
      text: 'title: Ghana budget\nsection: economy\nwordcount: 512\n\nACCRA – The finance minister…',
      meta: { title: 'Ghana budget' },
      body: 'ACCRA – The finance minister…',
    },
    {
      name: 'id header',
      text: 'id: wire-2020-0042\ntitle: X\n\nBody.',
      meta: { id: 'wire-2020-0042', title: 'X' },
      body: 'Body.',
    },
    {
      name: 'leading date token: the rest of the line is body',
      text: 'date 2022-07-19 HANOI – Vietnam and Laos agreed…',
      meta: { published: '2022-07-19' },
      body: 'HANOI – Vietnam and Laos agreed…',
    },
    {
      name: 'leading date token after white space, any case',
      text: '  Date 2020-02-29   QUITO – Ecuador…',
      meta: { published: '2020-02-29' },
      body: 'QUITO – Ecuador…',
    },
    {
      name: 'date token alone on its line, then a header block',
      text: 'date 2018-05-01\ntitle: Kenya and Uganda rail talks\n\nNAIROBI – Officials met…',
      meta: { published: '2018-05-01', title: 'Kenya and Uganda rail talks' },
      body: 'NAIROBI – Officials met…',
    },
    {
      name: 'blank lines before the header',
      text: '\n\ntitle: Early blank lines\n\nBody follows.',
      meta: { title: 'Early blank lines' },
      body: 'Body follows.',
    },
    {
      name: 'value without a space after the colon',
      text: 'url:https://example.org/b\ntitle:Tight\n\nBody.',
      meta: { url: 'https://example.org/b', title: 'Tight' },
      body: 'Body.',
    },
    {
      name: 'Markdown front matter, with quotes and a YAML list',
      text: '---\ntitle: "Peru and Bolivia talks"\ndate: 2017-08-09\ntags:\n  - andes\n  - water\n---\n\nLA PAZ – Talks…',
      meta: { title: 'Peru and Bolivia talks', published: '2017-08-09' },
      body: 'LA PAZ – Talks…',
    },
  ];
  it.each(cases)('$name', ({ text, meta, body }) => {
    const h = parseTextHeader(text);
    expect(h.meta).toEqual(meta);
    expect(text.slice(h.bodyOffset)).toBe(body);
  });
});

describe('parseTextHeader: text that is NOT a header', () => {
  const cases: Array<{ name: string; text: string; body: string }> = [
    { name: 'plain article', text: 'BERLIN – Germany and Poland met on Friday.\n\nMore text.', body: 'BERLIN – Germany and Poland met on Friday.\n\nMore text.' },
    { name: 'body opening with "Note: …"', text: 'Note: this report was updated with new figures.\n\nThe ministry said…', body: 'Note: this report was updated with new figures.\n\nThe ministry said…' },
    {
      name: 'a block mixing key: value lines and prose',
      text: 'Title: Mixed\nThe summit opened in Dakar with twelve leaders present.\n\nMore.',
      body: 'Title: Mixed\nThe summit opened in Dakar with twelve leaders present.\n\nMore.',
    },
    { name: 'headline with a colon in it', text: 'Analysis: why the Baltic states rearm\n\nRIGA – …', body: 'Analysis: why the Baltic states rearm\n\nRIGA – …' },
    { name: '"date" as the first word of prose', text: 'Date palms grew well in Oman this year.', body: 'Date palms grew well in Oman this year.' },
    { name: 'date token with a malformed date', text: 'date 2021-3-4 Body', body: 'date 2021-3-4 Body' },
    { name: 'a horizontal rule that is not front matter', text: '---\nNo closing fence, just prose.', body: '---\nNo closing fence, just prose.' },
    { name: 'leading white space is not body', text: '   \n  Body starts here.', body: 'Body starts here.' },
  ];
  it.each(cases)('$name', ({ text, body }) => {
    const h = parseTextHeader(text);
    expect(h.meta).toEqual({});
    expect(text.slice(h.bodyOffset)).toBe(body);
  });

  it('a header-only file leaves an empty body', () => {
    const text = 'title: Only a header\nurl: https://example.org/x\n';
    const h = parseTextHeader(text);
    expect(h.meta.title).toBe('Only a header');
    expect(text.slice(h.bodyOffset)).toBe('');
  });
});

describe('parseTextHeader: pathological input stays linear', () => {
  it('a header-like line with a huge run of spaces', () => {
    const text = `title: x${' '.repeat(2_000_000)}y\n\nBody.`;
    const t0 = performance.now();
    const h = parseTextHeader(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(text.slice(h.bodyOffset)).toBe('Body.');
  });
});
