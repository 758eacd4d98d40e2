import { readFileSync } from 'node:fs';
import { splitSentences } from '../../text/sentences.js';
const text = readFileSync('/work/shared/corpus/seeds/001_30dc76c71b7bcc48.txt', 'utf8');
for (const s of splitSentences(text)) if (s.span.end > 800 && s.span.start < 1600) console.log(s.index, s.paragraph, s.span, JSON.stringify(s.text.slice(0, 80)));
