import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { unwrapHardBreaks } from './unwrap.js';

describe('unwrapHardBreaks', () => {
  const wrapped = [
    'Ghana and Morocco held talks in Rabat on\nTuesday, the ministry said. Trade between the two\ncountries grew by 12 percent and came to $1.4',
    'billion last year, according to the\nstatistics office. The ministers also discussed fishing',
    'quotas and a new air link between the two\ncapitals.',
  ].join('\n');

  it('turns wrap breaks into spaces, keeping the length and every other character', () => {
    const out = unwrapHardBreaks(wrapped);
    expect(out.length).toBe(wrapped.length);
    expect(out).not.toContain('\n');
    expect(out.replace(/ /g, '')).toBe(wrapped.replace(/[ \n]/g, ''));
  });

  it('lets a wrapped sentence be read as one sentence', () => {
    const texts = splitSentences(unwrapHardBreaks(wrapped)).map((s) => s.text);
    expect(texts).toContain('Trade between the two countries grew by 12 percent and came to $1.4 billion last year, according to the statistics office.');
  });

  it('leaves one paragraph per line alone', () => {
    const text = 'Ghana and Morocco held talks in Rabat.\nthe ministers signed three accords.\nTrade grew.\nfishing was discussed too.';
    expect(unwrapHardBreaks(text)).toBe(text);
  });

  it('leaves headings, captions and blank-line paragraphs alone', () => {
    const text = 'Relations with Morocco\nGhana and Morocco held talks in Rabat on\nTuesday and agreed\nto expand\ntrade, the ministry\nsaid.\n\nphoto: ministry';
    const out = unwrapHardBreaks(text);
    expect(out.startsWith('Relations with Morocco\nGhana')).toBe(true);
    expect(out).toContain('Rabat on Tuesday and agreed to expand trade, the ministry said.\n\nphoto');
  });

  it('needs several run-on breaks before it treats a text as hard-wrapped', () => {
    const text = 'Ghana and Morocco held talks.\nThe talks went\nwell, officials said.\nA visit is planned.';
    expect(unwrapHardBreaks(text)).toBe(text);
  });
});
