import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { indexRecords } from './predictions.js';
import { jsonReport, parseRequire, scoreLine, textReport, unmet } from './report.js';
import { scoreCorpus } from './scoring.js';

const g = parseGold({
  document: 'story', published: { from: '2024-01-01', to: '2024-01-02' },
  events: [{ type: 'CONSULT', source: 'AAA', target: 'BBB', status: 'occurred', date: null, evidence: 'x'.repeat(200) }],
}, 'story.json');
const result = scoreCorpus([g], indexRecords([{ document: { id: 'story', published: '2024-03-01' }, events: [{ type: 'AID', source: 'AAA', target: 'BBB', status: 'occurred', date: null, evidence: [{ start: 0, end: 1 }] }] }]));

describe('reports', () => {
  it('lists misses, extras and a wrong document date under the document', () => {
    const text = textReport(result);
    expect(text).toMatch(/^story\n  missed event: .*"evidence":"x{80}"}\n  extra  event: \{"type":"AID"/);
    expect(text).not.toMatch(/"start"/);
    expect(text).toMatch(/document date 2024-03-01 not in 2024-01-01\.\.2024-01-02/);
    expect(text).toMatch(/^events P 0 R 0 F1 0/m);
    expect(text).toMatch(/^AID +0 +1 +0 /m);
  });
  it('leaves the per-document lines out when quiet', () => expect(textReport(result, { quiet: true })).not.toMatch(/missed/));
  it('prints the shared scorer\'s JSON shape plus the type table', () => {
    const json = JSON.parse(jsonReport(result));
    expect(Object.keys(json).slice(0, 6)).toEqual(['events', 'eventsIgnoringDateAndStatus', 'relations', 'figures', 'dates', 'documents']);
    expect(json.byType.CONSULT).toMatchObject({ recall: 0, gold: 1 });
  });
});

describe('--require', () => {
  it('parses kinds and floors, and names what falls short', () => {
    const req = parseRequire('events=0.5, dates=0');
    expect(unmet(result.summary, req)).toEqual(['events 0 < 0.5']);
    expect(scoreLine(result.summary, 'events=0.5', ['events 0 < 0.5'])).toMatch(/\| BELOW events=0\.5\n$/);
  });
  it('rejects an unknown kind or a missing number', () => {
    expect(() => parseRequire('quotes=0.5')).toThrow(/kind one of/);
    expect(() => parseRequire('events=')).toThrow();
  });
});
