/** Picks the default focus country: the actor that appears in the most stored documents. */
import type { StoredEvent, StoredFigure, StoredRelation } from '../store/types.js';

/** The actor code named by facts in the most distinct documents (ties broken alphabetically); null when there are none. */
export function defaultFocus(facts: {
  readonly events: readonly StoredEvent[];
  readonly relations: readonly StoredRelation[];
  readonly figures: readonly StoredFigure[];
}): string | null {
  const docs = new Map<string, Set<string>>();
  const add = (code: string | null, evidence: readonly { documentId: string }[]) => {
    if (code === null) return;
    let set = docs.get(code);
    if (!set) docs.set(code, (set = new Set()));
    for (const e of evidence) set.add(e.documentId);
  };
  for (const e of facts.events) {
    add(e.source, e.evidence);
    add(e.target, e.evidence);
  }
  for (const r of facts.relations) {
    add(r.a, r.evidence);
    add(r.b, r.evidence);
  }
  for (const f of facts.figures) {
    add(f.a, f.evidence);
    add(f.b, f.evidence);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, set] of [...docs.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (set.size > bestCount) {
      best = code;
      bestCount = set.size;
    }
  }
  return best;
}
