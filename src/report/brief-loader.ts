/** Reads what the brief needs from the store: counts from SQL, full rows only for the few facts shown. */
import type { SqliteFactStore } from '../store/sqlite-fact-store.js';
import type { Grain } from '../analyze/periods.js';
import { loadEngagementWeights } from '../analyze/engagement-weights.js';
import type { BriefInput } from './brief-model.js';
import { queryEventCounts, queryKeyEvents } from './key-event-query.js';

/** What to load. */
export interface BriefLoadOptions {
  /** The focus actor; by default the actor in most stored documents. */
  readonly focus?: string | undefined;
  readonly grain: Grain;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** How many weightiest events to fetch with evidence for the timeline. */
  readonly timelineLimit?: number;
}

/** Builds the brief's input from an open store; throws when the store is empty and no focus was given. */
export async function loadBriefInput(store: SqliteFactStore, o: BriefLoadOptions): Promise<BriefInput> {
  let focus = o.focus;
  if (!focus) {
    focus = (await store.countDocumentsByActor())[0]?.actor;
    if (!focus) throw new Error('the database holds no facts yet: run `multivector ingest` first, or pass --focus');
  }
  const weights = loadEngagementWeights();
  const scope = { focus, since: o.from, until: o.to };
  const { rows, lastContacts } = queryEventCounts(store.connection, scope, o.grain);
  const [relations, figures, counts] = await Promise.all([
    store.listRelations({ involving: focus }),
    store.listFigures({ involving: focus }),
    store.counts(),
  ]);
  const events = queryKeyEvents(store.connection, scope, rows, weights, o.timelineLimit ?? 40);
  return { focus, grain: o.grain, from: o.from ?? null, to: o.to ?? null, rows, events, relations, figures, lastContacts, documents: counts.documents };
}
