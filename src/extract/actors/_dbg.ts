import { splitSentences } from '../../text/sentences.js';
import { analyseActors } from './index.js';
const text = `BAKU – Azerbaijani President Ilham Aliyev received Turkish Foreign Minister Hakan Fidan on Monday, the presidential press service reported.
The head of state praised the "brotherly" ties between Ankara and Baku. Aliyev noted that the two countries had signed more than 20 documents last year.
"Turkey and Azerbaijan are one nation, two states. We will continue to stand together," Aliyev said, adding that his country valued Erdogan's support.
Fidan, for his part, conveyed the greetings of President Recep Tayyip Erdogan. The minister said Ankara was ready to expand the Middle Corridor with Kazakhstan and Georgia.
"Our cooperation in energy is a model for the region," the Turkish minister said.
Earlier, Japanese Prime Minister Shigeru Ishiba met Mongolian President Khurelsukh in Tokyo. The Japanese leader said Tokyo would support Ulaanbaatar's rare-earth projects. Ishiba added: "We see Mongolia as a third neighbour."
German Chancellor Friedrich Merz is expected in Tashkent in May, according to the Uzbek Foreign Ministry. Mirziyoyev invited him during a phone call. The Uzbek leader also spoke with Indian Prime Minister Narendra Modi, who thanked him for Uzbekistan's support of India's G20 initiatives.
Russia's Lavrov met his Indian counterpart Subrahmanyam Jaishankar in Moscow. The latter said New Delhi would keep buying Russian oil.`;
const r = analyseActors(text, splitSentences(text), '2025-03-10');
for (const m of r.mentions) console.log(JSON.stringify(text.slice(m.span.start, m.span.end)), m.code, m.via, m.person ?? '', m.role ?? '', m.rule);
for (const q of r.quotes) console.log('Q', JSON.stringify(text.slice(q.span.start, q.span.end)).slice(0, 60), '→', q.speaker ? `${text.slice(q.speaker.span.start, q.speaker.span.end)} ${q.speaker.code} ${q.speaker.person ?? ''}` : null, q.rule);
for (const d of r.diagnostics) console.log('D', d.reason);
