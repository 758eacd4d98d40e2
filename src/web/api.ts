/** Typed fetches of the JSON API (same origin). */
export interface EventItem {
  id: number; type: string; mode: string | null; cameo: string | null; quadClass: string; score: number;
  source: string; target: string; status: string; date: { from: string; to: string } | null; sources: number;
  evidence: { documentId: string; sentence: string } | null;
}
export interface Partner {
  partner: string; name: string; vector: string; vectorLabel: string; events: number; planned: number;
  byType: Record<string, number>; engagement: number; cooperation: number; conflict: number; lastContact: string | null;
  tier: { tier: string; label: string; statedOn: string | null } | null;
  highestTier: { tier: string; label: string; statedOn: string | null } | null;
  trade: { value: number; unit: string; period: { from: string; to: string } | null } | null;
}
export interface Balance {
  focus: string; focusName: string; by: string; range: { from: string; to: string } | null; bootstrapRounds: number;
  vectors: { id: string; label: string; greatPower: boolean }[];
  periods: {
    period: string; events: number; engagement: number; index: number | null; interval: { low: number; high: number } | null;
    greatPowerIndex: number | null; dominant: string | null; dominantShare: number | null;
    shares: Record<string, number>; byVector: Record<string, { engagement: number; events: number }>;
  }[];
  keyEvents: { day: string; type: string; mode: string | null; status: string; source: string; target: string; partner: string; vector: string;
    evidence: { documentId: string; title: string | null; sentence: string } | null }[];
}
export interface Report { documentId: string; url: string | null; title: string | null; published: string | null; spans: { start: number; end: number; sentence: string }[] }
export interface Relation { id: number; a: string; b: string; tier: string; label: string; statedOn: string | null; sources: number; reports: Report[] }
export interface Figure { id: number; metric: string; a: string | null; b: string | null; value: number; unit: string; qualifier: string; period: { from: string; to: string } | null; statedOn: string | null; reports: Report[] }
export interface DocumentFact { kind: 'event' | 'relation' | 'figure' | 'quote'; id: number; label: string; fields: Record<string, string | number | null>; spans: { start: number; end: number }[] }
export interface DocumentData { id: string; url: string | null; title: string | null; source: string | null; published: string | null; text: string; facts: DocumentFact[] }
export interface Health { counts: Record<string, number>; focus: string | null; years: { from: string; to: string } | null }

/** An API answer that was not 200, with the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `HTTP ${res.status}`);
  return body as T;
}

let health: Promise<Health> | undefined;
/** Store counts and the default focus, fetched once per page load. */
export function getHealth(): Promise<Health> {
  return (health ??= api<Health>('/api/health'));
}
