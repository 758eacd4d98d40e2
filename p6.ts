import { readDocuments } from './src/ingest/read-documents.js';
const inputs = process.argv.slice(2);
const counts: Record<string,number> = {};
for await (const r of readDocuments(inputs)) { if (!r.ok) { console.log('ERR', r.file, r.error); continue; } const l = String(r.document.meta.language); counts[l]=(counts[l]??0)+1; if (l !== 'en') console.log(l, r.file); }
console.log(counts);
