// The JSON API over the same generated store of 1 million events as the brief benchmark (30-brief.mjs):
// `multivector serve`'s server on a free port, requests over HTTP one at a time, p50 and p95 latency per
// endpoint after one warm-up request (the first /api/partners and /api/balance of a focus build the brief's
// model, which is then kept; that cold time is printed apart). Target: p95 ≤ 150 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../dist/server/serve.js';
import { generate } from './30-brief.mjs';

const ROUNDS = 40;
const TARGET_MS = 150;
const ENDPOINTS = [
  '/api/events?limit=50',
  '/api/events?focus=KAZ&partner=CHN&limit=50&sort=-date',
  '/api/events?type=AGREE&status=occurred&from=2020&to=2021-06&limit=50',
  '/api/events?vector=china&type=CONSULT&limit=50&offset=200',
  '/api/events?partner=UZB&from=2024-03&to=2024-03&limit=500',
  '/api/partners',
  '/api/balance?by=year',
  '/api/balance?by=quarter',
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function timed(url) {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

export default async function apiBench({ log }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mv-bench-api-'));
  let server;
  try {
    const file = path.join(dir, 'bench.db');
    await generate(file, log);
    server = await startServer({ db: file, port: 0, host: '127.0.0.1' });
    let worst = 0;
    for (const endpoint of ENDPOINTS) {
      const url = new URL(endpoint, server.url).href;
      const cold = await timed(url);
      const times = [];
      for (let i = 0; i < ROUNDS; i++) times.push(await timed(url));
      times.sort((a, b) => a - b);
      const p50 = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      worst = Math.max(worst, p95);
      log(`api: ${endpoint}  first ${cold.toFixed(0)} ms, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    }
    log(`api: ${ENDPOINTS.length} endpoints over 1,000,000 events, ${ROUNDS} requests each: p95 ${worst.toFixed(0)} ms ${worst <= TARGET_MS ? '✓' : '✗'} target ≤ ${TARGET_MS} ms`);
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
