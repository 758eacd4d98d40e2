/**
 * The API's parameter and response schemas (zod, with OpenAPI metadata): the same objects validate every
 * request and generate /api/openapi.json, so the description cannot drift from what the server accepts.
 */
import { z } from '@hono/zod-openapi';
import { PLOVER_TYPES } from '../record/types.js';
import { EVENT_SORTS } from './api-queries.js';

/** Largest page the events list and the other lists return. */
export const MAX_LIMIT = 500;

const actor = (description: string) =>
  z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/, 'expected an actor code such as CHN or EU')
    .transform((v) => v.toUpperCase())
    .openapi({ description, example: 'CHN' });

const isoPrefix = (description: string) =>
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .openapi({ description, example: '2023' });

const searchText = (description: string) => z.string().min(1).max(200).openapi({ description, example: 'energy' });

const limit = (byDefault: number) =>
  z.coerce.number().int().min(1).max(MAX_LIMIT, `at most ${MAX_LIMIT}`).default(byDefault)
    .openapi({ description: `page size, 1 to ${MAX_LIMIT}`, example: byDefault });

export const eventsQuery = z.object({
  partner: actor('events with this actor on one side (with focus: between the two)').optional(),
  focus: actor('events with this actor on one side').optional(),
  vector: z.string().regex(/^[a-z_]{2,40}$/, 'expected a vector id such as china').optional()
    .openapi({ description: "events of the focus (default: the store's) with partners in this vector of its grouping", example: 'china' }),
  type: z.string().transform((v) => v.toUpperCase()).pipe(z.enum(PLOVER_TYPES)).optional().openapi({ description: 'PLOVER type', example: 'CONSULT' }),
  mode: z.string().regex(/^[a-z_]{2,20}$/, 'expected a mode such as visit or meeting').optional().openapi({ description: 'CONSULT mode: visit, meeting, phone, multilateral' }),
  status: z.enum(['occurred', 'planned']).optional().openapi({ description: 'occurred or planned' }),
  from: isoPrefix('events ending on or after this date').optional(),
  to: isoPrefix('events starting on or before this date').optional(),
  q: searchText('full-text (FTS5) query over the reporting documents').optional(),
  sort: z.enum(EVENT_SORTS).default('-date').openapi({ description: 'sort order, newest first by default; a leading minus is descending; undated events sort before dated ones' }),
  limit: limit(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).openapi({ description: 'rows to skip' }),
});

export const idParam = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' }, description: 'event id', example: 1 }),
});

export const documentParam = z.object({
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'expected a document id').openapi({ param: { name: 'id', in: 'path' }, description: 'document id', example: '8331a3ff0241f976' }),
});

export const focusQuery = z.object({
  focus: actor('the focus country; by default the actor in most stored documents').optional(),
  from: isoPrefix('first period; by default the first year a document was published in').optional(),
  to: isoPrefix('last period; by default the last year a document was published in').optional(),
});

export const balanceQuery = focusQuery.extend({
  by: z.enum(['year', 'quarter', 'month']).default('year').openapi({ description: 'period length' }),
});

export const figuresQuery = z.object({
  partner: actor('figures with this actor on one side').optional(),
  metric: z.string().regex(/^[a-z_]{2,40}$/, 'expected a metric such as trade_turnover').optional().openapi({ description: 'metric name', example: 'trade_turnover' }),
  limit: limit(MAX_LIMIT),
});

export const relationsQuery = z.object({
  partner: actor('relations with this actor on one side').optional(),
  limit: limit(MAX_LIMIT),
});

export const searchQuery = z.object({
  q: searchText('full-text (FTS5) query over document titles and texts'),
  limit: limit(20),
});

// Responses: the shapes are documented; nested analysis objects are described loosely.
const interval = z.object({ from: z.string(), to: z.string() }).nullable();
const span = z.object({ start: z.number().int(), end: z.number().int() });

export const errorResponse = z.object({
  error: z.string(),
  parameter: z.string().optional().openapi({ description: 'the parameter that was rejected' }),
}).openapi('Error');

export const healthResponse = z.object({
  status: z.literal('ok'),
  readonly: z.boolean(),
  counts: z.object({ documents: z.number(), events: z.number(), relations: z.number(), figures: z.number(), quotes: z.number() }),
  focus: z.string().nullable(),
  years: interval,
}).openapi('Health');

const eventCore = {
  id: z.number().int(),
  type: z.string(),
  mode: z.string().nullable(),
  cameo: z.string().nullable(),
  quadClass: z.string(),
  score: z.number(),
  source: z.string(),
  target: z.string(),
  status: z.string(),
  date: interval,
  sources: z.number().int().openapi({ description: 'number of documents reporting the event' }),
};

export const eventsResponse = z.object({
  items: z.array(z.object({
    ...eventCore,
    evidence: z.object({ documentId: z.string(), sentence: z.string() }).nullable().openapi({ description: 'first evidence sentence' }),
  })),
  total: z.number().int(),
}).openapi('EventList');

const report = z.object({
  documentId: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  rule: z.string(),
  spans: z.array(span.extend({ sentence: z.string() })),
});

export const eventResponse = z.object({ ...eventCore, fulfils: z.number().nullable(), reports: z.array(report) }).openapi('Event');

export const documentResponse = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  facts: z.array(z.object({
    kind: z.enum(['event', 'relation', 'figure', 'quote']),
    id: z.number().int(),
    label: z.string(),
    fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    spans: z.array(span),
  })),
}).openapi('Document');

export const partnersResponse = z.object({
  focus: z.string(),
  focusName: z.string(),
  range: interval,
  partners: z.array(z.object({
    partner: z.string(),
    name: z.string(),
    vector: z.string(),
    vectorLabel: z.string(),
    events: z.number(),
    planned: z.number(),
    byType: z.record(z.string(), z.number().optional()),
    engagement: z.number(),
    cooperation: z.number(),
    conflict: z.number(),
    lastContact: z.string().nullable(),
    tier: z.any().openapi({ description: 'latest stated tier with its evidence, or null' }),
    highestTier: z.any().openapi({ description: 'highest stated tier, or null' }),
    trade: z.any().openapi({ description: 'latest trade-turnover figure with its evidence, or null' }),
  })),
}).openapi('Partners');

export const balanceResponse = z.object({
  focus: z.string(),
  focusName: z.string(),
  by: z.string(),
  range: interval,
  bootstrapRounds: z.number(),
  vectors: z.array(z.object({ id: z.string(), label: z.string(), greatPower: z.boolean() })),
  periods: z.array(z.object({
    period: z.string(),
    events: z.number(),
    engagement: z.number(),
    index: z.number().nullable(),
    interval: z.object({ low: z.number(), high: z.number() }).nullable(),
    greatPowerIndex: z.number().nullable(),
    greatPowerInterval: z.object({ low: z.number(), high: z.number() }).nullable(),
    dominant: z.string().nullable(),
    dominantShare: z.number().nullable(),
    shares: z.record(z.string(), z.number()),
    byVector: z.record(z.string(), z.any()),
  })),
  trade: z.array(z.any()),
  keyEvents: z.array(z.any()),
}).openapi('Balance');

export const figuresResponse = z.object({
  items: z.array(z.object({
    id: z.number().int(),
    metric: z.string(),
    a: z.string().nullable(),
    b: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    qualifier: z.string(),
    period: interval,
    statedOn: z.string().nullable(),
    sources: z.number().int(),
    reports: z.array(report),
  })),
}).openapi('Figures');

export const relationsResponse = z.object({
  items: z.array(z.object({
    id: z.number().int(),
    a: z.string(),
    b: z.string(),
    tier: z.string(),
    label: z.string(),
    statedOn: z.string().nullable(),
    sources: z.number().int(),
    reports: z.array(report),
  })),
}).openapi('Relations');
export const searchResponse = z.object({
  items: z.array(z.object({
    documentId: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    snippet: z.string().openapi({ description: 'matches between « and »' }),
  })),
}).openapi('Search');
