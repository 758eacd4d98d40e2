/**
 * Ingest: for each read document, skip it if already stored, otherwise extract and store it in its own
 * transaction. A failing document is reported and skipped; everything committed before it stays.
 */
import type { Document } from '../core/types.js';
import { runAhead, TEXT_AHEAD_CHARS } from '../core/run-ahead.js';
import { textLength, type ReadResult } from '../ingest/read-documents.js';
import type { ExtractionRecord } from '../record/types.js';
import type { FactStore, StoreOutcome } from './fact-store.js';

/** Turns a document into its extraction record (the real pipeline by default; tests inject others). */
export type Extractor = (doc: Document) => ExtractionRecord;

/** A document that could not be read, extracted or stored, and why. */
export interface IngestFailure {
  readonly file: string;
  readonly reason: string;
}

/** What one ingest run did, and what the store holds afterwards. */
export interface IngestSummary {
  readonly documents: Readonly<Record<StoreOutcome, number>> & { readonly failed: number };
  readonly failures: readonly IngestFailure[];
  /** Facts in the store after the run, and how many the run added (negative when replacements removed some). */
  readonly totals: { readonly events: number; readonly relations: number; readonly figures: number; readonly quotes: number };
  readonly added: { readonly events: number; readonly relations: number; readonly figures: number; readonly quotes: number };
  /** Characters of text of the documents read (stored or not). */
  readonly characters: number;
}

/** Called after each document with its outcome. */
export type ProgressListener = (event: { readonly file: string; readonly outcome: StoreOutcome | 'failed'; readonly done: number }) => void;

/** An extractor that runs elsewhere (worker threads); a rejected promise fails that document only. */
export type AsyncExtractor = (doc: Document) => Promise<ExtractionRecord>;

/** Options of {@link ingestDocuments}. */
export interface IngestOptions {
  readonly extract?: Extractor | AsyncExtractor;
  /** Documents extracted ahead of the one being written (1: one at a time, as before). */
  readonly window?: number;
  /** Characters of text held in that window, at most (one document always goes through). */
  readonly windowChars?: number;
  readonly onProgress?: ProgressListener;
}

/** One input on its way to the store: read, maybe being extracted, then written in input order. */
interface InFlight {
  readonly result: ReadResult;
  /** Set when the store already holds the text: no extraction, nothing to write. */
  readonly unchanged?: true;
  readonly record?: Promise<{ record: ExtractionRecord } | { error: unknown }>;
}

/** Stores every document of `inputs` into `store`, one transaction each; never throws for one bad document. */
export async function ingestDocuments(
  store: FactStore,
  inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  // Imported on demand: when workers extract, the writer's thread never loads the extraction data.
  const extract = options.extract ?? (await import('../extract/pipeline.js')).extractDocument;
  const before = await store.counts();
  const documents = { new: 0, unchanged: 0, replaced: 0, failed: 0 };
  const failures: IngestFailure[] = [];
  let characters = 0;
  let done = 0;

  const start = (result: ReadResult): InFlight => {
    if (!result.ok) return { result };
    characters += result.document.text.length;
    try {
      // Checking first skips extraction entirely for documents already stored (fast resume).
      if (store.lookup(result.document) === 'unchanged') return { result, unchanged: true };
    } catch {
      // The write below reports the store's error for this document.
    }
    let record: InFlight['record'];
    try {
      record = Promise.resolve(extract(result.document)).then((r) => ({ record: r }), (error: unknown) => ({ error }));
    } catch (error) {
      record = Promise.resolve({ error });
    }
    return { result, record };
  };

  // Writes happen here only, one document at a time and in input order, so the store does not depend on
  // how many documents were being extracted at once.
  const finish = async (item: InFlight): Promise<void> => {
    const { result } = item;
    let outcome: StoreOutcome | 'failed';
    if (!result.ok) {
      outcome = 'failed';
      failures.push({ file: result.file, reason: result.error });
    } else if (item.unchanged) {
      outcome = 'unchanged';
    } else {
      const got = await item.record!;
      try {
        if ('error' in got) throw got.error;
        outcome = store.storeDocument(result.document, got.record);
      } catch (error) {
        outcome = 'failed';
        failures.push({ file: result.file, reason: oneLine((error as Error)?.message ?? String(error)) });
      }
    }
    documents[outcome]++;
    done++;
    options.onProgress?.({ file: result.file, outcome, done });
  };

  const ahead = { items: options.window ?? 1, maxWeight: options.windowChars ?? TEXT_AHEAD_CHARS, weight: textLength };
  for await (const item of runAhead(inputs, start, ahead)) await finish(item);
  const after = await store.counts();
  const pick = (c: typeof after) => ({ events: c.events, relations: c.relations, figures: c.figures, quotes: c.quotes });
  const totals = pick(after);
  const was = pick(before);
  return {
    documents,
    failures,
    totals,
    added: {
      events: totals.events - was.events, relations: totals.relations - was.relations,
      figures: totals.figures - was.figures, quotes: totals.quotes - was.quotes,
    },
    characters,
  };
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The closing summary, as printed by the CLI. */
export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  const lines = [
    `documents: ${d.new} new, ${d.unchanged} unchanged, ${d.replaced} replaced, ${d.failed} failed`,
    `stored: ${s.totals.events} events (${signed(s.added.events)}), ${s.totals.relations} relations (${signed(s.added.relations)}), ` +
      `${s.totals.figures} figures (${signed(s.added.figures)}), ${s.totals.quotes} quotes (${signed(s.added.quotes)})`,
  ];
  for (const f of s.failures) lines.push(`failed: ${f.file}: ${f.reason}`);
  return lines.join('\n');
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}
