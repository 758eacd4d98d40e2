import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import worldCountries, { type Country } from 'world-countries';
import {
  attributionSchema, coreferenceSchema, countriesExtraSchema, groupsSchema, loadLexiconSources, loadValidated, organisationsSchema,
  placesSchema, SECTORS, sectorsSchema, titlesSchema,
} from './lexicon-data.js';

const isoCodes = new Set((worldCountries as unknown as readonly Country[]).map((c) => c.cca3));

describe('actor lexicon data files', () => {
  const files: Array<[string, z.ZodType]> = [
    ['countries-extra.yaml', countriesExtraSchema],
    ['organisations.yaml', organisationsSchema],
    ['titles.yaml', titlesSchema],
    ['coreference.yaml', coreferenceSchema],
    ['attribution-verbs.yaml', attributionSchema],
    ['name-stopwords.yaml', z.strictObject({ words: z.array(z.string().min(1)) })],
    ['sectors.yaml', sectorsSchema],
    ['sub-state-groups.yaml', groupsSchema],
    ['places.yaml', placesSchema],
  ];
  it.each(files)('%s is well-formed', (name, schema) => {
    expect(() => loadValidated(name, schema)).not.toThrow();
  });

  const { countries, organisations } = loadLexiconSources();
  const orgCodes = new Set(organisations.organisations.map((o) => o.code));

  it('uses only ISO alpha-3 codes or organisation codes in countries-extra.yaml', () => {
    const known = (code: string) => isoCodes.has(code) || orgCodes.has(code) || code === 'C5' || code === 'XKX';
    const sections = { names: countries.names, demonyms: countries.demonyms, groups: countries.groups, capitals: countries.capitals };
    const unknown = Object.entries(sections).flatMap(([section, map]) => Object.keys(map).filter((c) => !known(c)).map((c) => `${section}.${c}`));
    expect(unknown).toEqual([]);
  });

  it('gives every organisation code once', () => {
    const codes = organisations.organisations.map((o) => o.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('maps no surface to two different actors within one section', () => {
    const clashes: string[] = [];
    for (const [section, map] of Object.entries({ names: countries.names, demonyms: countries.demonyms, capitals: countries.capitals })) {
      const seen = new Map<string, string>();
      for (const [code, list] of Object.entries(map)) {
        for (const s of list) {
          const prior = seen.get(s.toLowerCase());
          if (prior && prior !== code) clashes.push(`${section}: "${s}" → ${prior} and ${code}`);
          seen.set(s.toLowerCase(), code);
        }
      }
    }
    const orgSeen = new Map<string, string>();
    for (const o of organisations.organisations) {
      for (const n of o.names) {
        const prior = orgSeen.get(n);
        if (prior && prior !== o.code) clashes.push(`organisations: "${n}" → ${prior} and ${o.code}`);
        orgSeen.set(n, o.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses state codes for groups and places, and lists every sector of the spec', () => {
    const { sectors, groups, places } = loadLexiconSources();
    const badGroups = groups.groups.filter((g) => g.country !== null && !isoCodes.has(g.country)).map((g) => g.names[0]);
    // Kosovo is XKX in the gold and the spec (world-countries says UNK).
    const badPlaces = Object.keys(places.places).filter((c) => !isoCodes.has(c) && c !== 'XKX');
    expect(badGroups).toEqual([]);
    expect(badPlaces).toEqual([]);
    expect([...sectors.sectors].sort()).toEqual([...SECTORS].sort());
  });

  it('gives no sector noun two sectors', () => {
    const { sectors } = loadLexiconSources();
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const n of sectors.nouns) {
      for (const w of n.words) {
        const prior = seen.get(w.toLowerCase());
        if (prior && prior !== n.sector) clashes.push(`"${w}" → ${prior} and ${n.sector}`);
        seen.set(w.toLowerCase(), n.sector);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('rejects a sector outside the CAMEO list', () => {
    expect(sectorsSchema.safeParse({ sectors: ['GOV'], nouns: [{ sector: 'XYZ', words: ['x'] }], qualifiers: [], phraseEnds: [] }).success).toBe(false);
  });

  it('takes reporting-clause verbs only from the attribution verbs', () => {
    expect(attributionSchema.safeParse({ verbs: ['said', 'told'], prepositions: [], reportingClause: ['said'], adverbialOpeners: ['asked'] }).success).toBe(true);
    expect(attributionSchema.safeParse({ verbs: ['said'], prepositions: [], reportingClause: ['said', 'told'], adverbialOpeners: ['asked'] }).success).toBe(false);
  });

  it('rejects a malformed file with a message naming it', () => {
    expect(() => loadValidated('titles.yaml', countriesExtraSchema)).toThrow(/^data\/titles\.yaml: /);
  });
});
