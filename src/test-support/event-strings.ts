/**
 * Events of a one-paragraph test document (published 2024-03-15) as short strings, so that event tests
 * compare readable lines instead of records.
 */
import { extractDocument } from '../extract/pipeline.js';
import type { RecordEvent } from '../record/types.js';

function eventsIn(text: string): readonly RecordEvent[] {
  return extractDocument({ id: 't', text, meta: { published: '2024-03-15' } }).events;
}

/** "TYPE SRC>TGT status". */
export function eventsOf(text: string): string[] {
  return eventsIn(text).map((e) => `${e.type} ${e.source}>${e.target} ${e.status}`);
}

/** "TYPE SRC/SECTOR>TGT/SECTOR", `-` for a side without a sector. */
export function sectorsOf(text: string): string[] {
  return eventsIn(text).map((e) => `${e.type} ${e.source}/${e.sourceSector ?? '-'}>${e.target}/${e.targetSector ?? '-'}`);
}

/** "TYPE SRC[/SECTOR]>TGT[/SECTOR] status": a sector only where the side has one. */
export function eventsWithSectorsOf(text: string): string[] {
  const side = (code: string, sector?: string | null) => (sector ? `${code}/${sector}` : code);
  return eventsIn(text).map((e) => `${e.type} ${side(e.source, e.sourceSector)}>${side(e.target, e.targetSector)} ${e.status}`);
}
