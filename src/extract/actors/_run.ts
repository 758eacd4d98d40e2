import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '/work/main/src/text/sentences.js';
import { createActorAnalyser } from '/work/main/src/extract/actors/index.js';
import { buildActorLexicon } from '/work/main/src/extract/actors/actor-lexicon.js';
import { loadLexiconSources } from '/work/main/src/extract/actors/lexicon-data.js';
import { validateLeadersFile } from '/work/main/src/extract/actors/leaders.js';
import { compileCues } from '/work/main/src/extract/quotes/speaker-attributor.js';
import { parse } from 'yaml';
const fx = validateLeadersFile('fixture', parse(readFileSync('/work/main/src/extract/actors/fixtures/leaders-fixture.yaml','utf8')));
const useFixture = process.env.FIXTURE === '1';
const lex = useFixture ? buildActorLexicon(loadLexiconSources(), fx.people) : buildActorLexicon();
const an = createActorAnalyser(lex, compileCues());
const dir = '/work/shared/corpus/seeds/';
const dates: Record<string,string> = { '000': '2025-01-04', '001': '2024-01-03', '002': '2025-01-02', '003': '2022-09-28', '004': '2023-05-12' };
for (const f of readdirSync(dir).filter(f => !process.env.ONLY || f.startsWith(process.env.ONLY))) {
  const text = readFileSync(dir + f, 'utf8');
  const s = splitSentences(text);
  const r = an.analyse(text, s, dates[f.slice(0,3)] ?? null);
  console.log('=====', f);
  for (const m of r.mentions) console.log(`${m.span.start}\t${JSON.stringify(text.slice(m.span.start, m.span.end))}\t${m.code}\t${m.via}\t${m.person ?? ''}\t${m.role ?? ''}\t${m.rule}`);
  for (const q of r.quotes) console.log(`Q ${q.span.start}-${q.span.end} ${JSON.stringify(text.slice(q.span.start, q.span.start+50))}… → ${q.speaker ? text.slice(q.speaker.span.start, q.speaker.span.end)+'/'+q.speaker.code+'/'+(q.speaker.person??'') : 'null'} ${q.rule}`);
  for (const d of r.diagnostics) console.log('D', d.rule, d.reason);
}
