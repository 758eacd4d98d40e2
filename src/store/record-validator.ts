/** Checks an extraction record against its document before anything is written, with one-line reasons. */
import type { DateInterval, Span } from '../core/types.js';
import { PLOVER_TYPES, TIERS, type ExtractionRecord } from '../record/types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PUBLISHED = /^\d{4}-\d{2}(-\d{2})?$/;

function checkSpan(span: Span, length: number, where: string): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > length) {
    throw new Error(`${where}: span ${span.start}–${span.end} is outside the text (length ${length})`);
  }
}

function checkInterval(d: DateInterval | null, where: string): void {
  if (d === null) return;
  if (!DAY.test(d.from) || !DAY.test(d.to) || d.from > d.to) throw new Error(`${where}: bad date interval ${JSON.stringify(d)}`);
}

/** Throws an Error naming the first problem: unknown type or tier, bad date, span outside the text. */
export function validateRecord(record: ExtractionRecord, textLength: number): void {
  const types = new Set<string>(PLOVER_TYPES);
  const tiers = new Set<string>(TIERS);
  if (record.document.published !== null && !PUBLISHED.test(record.document.published)) {
    throw new Error(`document: bad published date ${JSON.stringify(record.document.published)}`);
  }
  record.events.forEach((e, i) => {
    const where = `event ${i} (${e.type} ${e.source}–${e.target})`;
    if (!types.has(e.type)) throw new Error(`${where}: unknown PLOVER type`);
    if (e.status !== 'occurred' && e.status !== 'planned') throw new Error(`${where}: unknown status ${JSON.stringify(e.status)}`);
    if (!e.source || !e.target) throw new Error(`${where}: missing actor`);
    checkInterval(e.date, where);
    e.evidence.forEach((s) => checkSpan(s, textLength, where));
  });
  record.relations.forEach((r, i) => {
    const where = `relation ${i} (${r.a}–${r.b})`;
    if (!tiers.has(r.tier)) throw new Error(`${where}: unknown tier ${JSON.stringify(r.tier)}`);
    if (!r.a || !r.b) throw new Error(`${where}: missing actor`);
    r.evidence.forEach((s) => checkSpan(s, textLength, where));
  });
  record.figures.forEach((f, i) => {
    const where = `figure ${i} (${f.metric})`;
    if (!Number.isFinite(f.value)) throw new Error(`${where}: value is not a finite number`);
    checkInterval(f.period, where);
    f.evidence.forEach((s) => checkSpan(s, textLength, where));
  });
  record.quotes.forEach((q, i) => {
    const where = `quote ${i}`;
    checkSpan(q.span, textLength, where);
    q.evidence.forEach((s) => checkSpan(s, textLength, where));
  });
}
