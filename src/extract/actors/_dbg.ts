import { analyseFixture, show } from './fixtures/fixture-analyser.js';
for (const t of ['The Republic of Korea met.', 'Republic of Korea met.', 'the Republic of Korea met.']) {
  const r = analyseFixture(t, '2024-01-01'); console.log(t, r.mentions.map(m => show(t, m)), r.diagnostics);
}
