/**
 * The HTTP application (Hono): the JSON API under /api, described at /api/openapi.json from the same zod
 * schemas that validate its parameters, and the built dashboard for every other GET. Read-only: only GET
 * and HEAD are answered; the store must be opened read-only by the caller.
 */
import path from 'node:path';
import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { packageRoot } from '../core/data-files.js';
import type { SqliteFactStore } from '../store/sqlite-fact-store.js';
import { AnalysisCache, balanceOf, partnersOf } from './analysis-cache.js';
import { BadSearchQuery, getDocument, getEvent, listEvents, listFigures, listRelations } from './api-queries.js';
import * as s from './schemas.js';
import { findAsset } from './static-assets.js';

/** Where the dashboard's built files are. */
export const DEFAULT_ASSETS = path.join(packageRoot, 'dist', 'web');

/** Dashboard routes answered with the single-page shell. */
const PAGE_ROUTES = [/^\/$/, /^\/events$/, /^\/network$/, /^\/search$/, /^\/partners\/[A-Za-z0-9]{2,10}$/, /^\/documents\/[A-Za-z0-9._:-]{1,200}$/];

export interface AppOptions {
  readonly store: SqliteFactStore;
  /** The built dashboard; defaults to dist/web of this package. */
  readonly assets?: string;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(s.errorResponse, 'a parameter was rejected; `parameter` names it'),
};
const notFound = { 404: json(s.errorResponse, 'no such id') };

const routes = {
  health: createRoute({ method: 'get', path: '/api/health', summary: 'store counts and defaults', responses: { 200: json(s.healthResponse, 'ok') } }),
  events: createRoute({
    method: 'get', path: '/api/events', summary: 'events, filtered and paged',
    request: { query: s.eventsQuery }, responses: { 200: json(s.eventsResponse, 'a page of events and the total'), ...errors },
  }),
  event: createRoute({
    method: 'get', path: '/api/events/{id}', summary: 'one event with every report, span and sentence',
    request: { params: s.idParam }, responses: { 200: json(s.eventResponse, 'the event'), ...errors, ...notFound },
  }),
  document: createRoute({
    method: 'get', path: '/api/documents/{id}', summary: 'a document text with every fact and its spans',
    request: { params: s.documentParam }, responses: { 200: json(s.documentResponse, 'the document'), ...errors, ...notFound },
  }),
  partners: createRoute({
    method: 'get', path: '/api/partners', summary: 'partner profiles of the focus',
    request: { query: s.focusQuery }, responses: { 200: json(s.partnersResponse, 'partners'), ...errors, ...notFound },
  }),
  balance: createRoute({
    method: 'get', path: '/api/balance', summary: 'balance index series with bootstrap intervals and vector shares',
    request: { query: s.balanceQuery }, responses: { 200: json(s.balanceResponse, 'balance series'), ...errors, ...notFound },
  }),
  figures: createRoute({
    method: 'get', path: '/api/figures', summary: 'figures (trade, investment, counts) with their reports',
    request: { query: s.figuresQuery }, responses: { 200: json(s.figuresResponse, 'figures'), ...errors },
  }),
  relations: createRoute({
    method: 'get', path: '/api/relations', summary: 'partnership tiers as stated, with their reports',
    request: { query: s.relationsQuery }, responses: { 200: json(s.relationsResponse, 'relations'), ...errors },
  }),
  search: createRoute({
    method: 'get', path: '/api/search', summary: 'full-text search over documents, with snippets',
    request: { query: s.searchQuery }, responses: { 200: json(s.searchResponse, 'hits'), ...errors },
  }),
};

/** Content-Security-Policy: scripts and styles only from this server, nothing inline but style attributes (ECharts' tooltip). */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Builds the application over an open (read-only) store. */
export function createApp(options: AppOptions) {
  const { store } = options;
  const db = store.connection;
  const assets = options.assets ?? DEFAULT_ASSETS;
  const analysis = new AnalysisCache(store);

  const app = new OpenAPIHono({
    // Validation failures: 400 naming the first rejected parameter.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const parameter = String(issue?.path[0] ?? 'request');
        return c.json({ error: `${parameter}: ${issue?.message ?? 'invalid'}`, parameter }, 400);
      }
      return undefined;
    },
  });

  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false, referrerPolicy: 'no-referrer' }));
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return c.json({ error: `method ${c.req.method} not allowed: the API is read-only` }, 405);
    }
    await next();
    return undefined;
  });

  app.onError((error, c) => {
    if (error instanceof BadSearchQuery) return c.json({ error: `q: not a valid search expression (${error.message})`, parameter: 'q' }, 400);
    return c.json({ error: 'internal error' }, 500);
  });

  app.openapi(routes.health, async (c) => {
    const counts = await store.counts();
    return c.json({ status: 'ok' as const, readonly: db.readonly, counts, focus: analysis.defaultFocus(), years: analysis.publishedYears() }, 200);
  });

  app.openapi(routes.events, (c) => {
    const q = c.req.valid('query');
    if (!q.vector) return c.json(listEvents(db, q), 200);
    const focus = q.focus ?? analysis.defaultFocus();
    const partnersIn = focus ? analysis.partnersInVector(focus, q.vector) : null;
    if (!focus || !partnersIn) return c.json({ error: `vector: no vector ${q.vector} in the grouping of ${focus ?? 'the focus'}`, parameter: 'vector' }, 400);
    return c.json(listEvents(db, { ...q, focus, partnersIn }), 200);
  });

  app.openapi(routes.event, (c) => {
    const event = getEvent(db, c.req.valid('param').id);
    return event ? c.json(event, 200) : c.json({ error: 'no event with this id', parameter: 'id' }, 404);
  });

  app.openapi(routes.document, (c) => {
    const doc = getDocument(db, c.req.valid('param').id);
    return doc ? c.json(doc, 200) : c.json({ error: 'no document with this id', parameter: 'id' }, 404);
  });

  app.openapi(routes.partners, async (c) => {
    const q = c.req.valid('query');
    const model = await analysis.model({ ...q, grain: 'year' });
    if (!model) return c.json({ error: 'the store holds no facts: no default focus', parameter: 'focus' }, 404);
    return c.json({ focus: model.focus, focusName: model.focusName, range: model.range, partners: partnersOf(model) }, 200);
  });

  app.openapi(routes.balance, async (c) => {
    const q = c.req.valid('query');
    const model = await analysis.model({ focus: q.focus, from: q.from, to: q.to, grain: q.by });
    if (!model) return c.json({ error: 'the store holds no facts: no default focus', parameter: 'focus' }, 404);
    return c.json(balanceOf(model), 200);
  });

  app.openapi(routes.figures, (c) => c.json({ items: listFigures(db, c.req.valid('query')) }, 200));
  app.openapi(routes.relations, (c) => c.json({ items: listRelations(db, c.req.valid('query')) }, 200));

  app.openapi(routes.search, async (c) => {
    const q = c.req.valid('query');
    let hits;
    try {
      hits = await store.search(q.q, { limit: q.limit });
    } catch (error) {
      if (/^bad search query/.test((error as Error).message)) throw new BadSearchQuery((error as Error).message);
      throw error;
    }
    return c.json({
      items: hits.map((h) => ({ documentId: h.document.id, title: h.document.title, url: h.document.url, published: h.document.published, snippet: h.snippet })),
    }, 200);
  });

  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'multivector API',
      version: '0.1.0',
      description: 'Read-only access to stored events, relations, figures and documents, and to the balance analysis.',
    },
  });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.path}` }, 404));

  // The dashboard: built files from the assets folder, the shell for its routes, 404 otherwise.
  app.get('*', async (c) => {
    const asset = await findAsset(assets, c.req.path);
    if (asset && c.req.path !== '/index.html') {
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(new Uint8Array(asset.body), 200);
    }
    if (PAGE_ROUTES.some((r) => r.test(c.req.path)) || c.req.path === '/index.html') {
      const shell = await findAsset(assets, '/index.html');
      if (!shell) return c.text('the dashboard is not built: run `npm run build`', 503);
      c.header('Cache-Control', 'no-cache');
      return c.html(shell.body.toString('utf8'), 200);
    }
    return c.text('not found', 404);
  });

  return app;
}
