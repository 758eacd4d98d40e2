/**
 * Cuts page furniture (related-article lists, subscription prompts, photo credits, source lines) out of
 * an article body by general line rules kept in data/furniture.yaml.
 *
 * Offsets are sacred, so nothing in the middle is deleted: the returned text is a PREFIX of the body
 * (everything from the first trailing-furniture block on is cut), and furniture lines or line tails
 * before that point are overwritten with spaces of the same length. A span into the cut text therefore
 * points at the same characters in the uncut body.
 */
import { z } from 'zod';
import { loadValidated } from '../core/data-files.js';
import type { Diagnostic } from '../core/types.js';
import { compileNow } from '../core/native-regexp.js';

/** The body with furniture removed, and one info diagnostic per cut or blanked piece. */
export interface FurnitureCut {
  readonly text: string;
  /** Spans are offsets into the uncut body (the returned text is a prefix of it, so the origin is shared). */
  readonly diagnostics: readonly Diagnostic[];
}

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  reason: z.string().min(1),
  pattern: z.string().min(1),
  maxLength: z.number().int().positive().optional(),
});
const fileSchema = z.object({
  minBodyBeforeHeading: z.number().int().nonnegative(),
  headings: z.array(ruleSchema),
  lines: z.array(ruleSchema),
  tails: z.array(ruleSchema),
});

interface CompiledRule {
  readonly id: string;
  readonly reason: string;
  readonly re: RegExp;
  readonly maxLength: number;
}

interface CompiledRules {
  readonly minBodyBeforeHeading: number;
  readonly headings: readonly CompiledRule[];
  readonly lines: readonly CompiledRule[];
  readonly tails: readonly CompiledRule[];
}

const DEFAULT_MAX_LINE = 300;
// A tail starts after a sentence end: . ! ? or a closing quote/bracket, then white space.
const SENTENCE_END = `[.!?"”’)»]`;
// Tails are short; looking at the end of a long paragraph only keeps the regex cheap.
const TAIL_WINDOW = 240;

let compiled: CompiledRules | undefined;

/** The furniture rules from data/furniture.yaml, validated and compiled once per process. */
function rules(): CompiledRules {
  if (compiled) return compiled;
  const data = loadValidated('furniture.yaml', fileSchema);
  const make = (prefix: string, wrap: (p: string) => string) => (r: z.infer<typeof ruleSchema>): CompiledRule => {
    let re: RegExp;
    try {
      // Every rule is tried on every line: compiled to machine code at once (native-regexp.ts).
      re = compileNow(new RegExp(wrap(r.pattern), 'iu'));
    } catch (error) {
      throw new Error(`data/furniture.yaml: rule ${prefix}.${r.id}: bad pattern: ${(error as Error).message}`);
    }
    return { id: `furniture.${prefix}.${r.id}`, reason: r.reason, re, maxLength: r.maxLength ?? DEFAULT_MAX_LINE };
  };
  compiled = {
    minBodyBeforeHeading: data.minBodyBeforeHeading,
    headings: data.headings.map(make('heading', (p) => `^\\s*(?:${p})\\s*[:.]?\\s*$`)),
    lines: data.lines.map(make('line', (p) => `^\\s*(?:${p})\\s*$`)),
    // Searched, not anchored at the line start: a backtracking `^.*` over every paragraph is far slower.
    tails: data.tails.map(make('tail', (p) => `(?<=${SENTENCE_END}\\s+)(?:${p})\\s*$`)),
  };
  return compiled;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type LineKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'body' }
  | { readonly kind: 'heading'; readonly rule: CompiledRule }
  | { readonly kind: 'furniture'; readonly rule: CompiledRule };

/** Removes page furniture from an article body; see the module comment for how offsets are kept. */
export function cutFurniture(body: string): FurnitureCut {
  const r = rules();
  const lines = splitLines(body);
  const kinds = lines.map((l) => classify(l.text, r));
  const diagnostics: Diagnostic[] = [];

  // (a) The first heading with enough article text before it starts the trailing block.
  let cut = lines.length;
  let bodyChars = 0;
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i]!;
    if (k.kind === 'heading' && bodyChars >= r.minBodyBeforeHeading) {
      cut = i;
      break;
    }
    if (k.kind === 'body') bodyChars += lines[i]!.text.trim().length;
  }
  const headingAt = cut;
  // Furniture lines and blank lines just before the cut (or at the very end) belong to the trailing block.
  while (cut > 0 && (kinds[cut - 1]!.kind === 'blank' || kinds[cut - 1]!.kind === 'furniture')) cut--;
  // Never cut the whole text: a file of furniture alone keeps its lines (blanked below).
  if (!kinds.slice(0, cut).some((k) => k.kind === 'body')) cut = lines.length;

  const end = cut < lines.length ? lines[cut]!.start : body.length;
  for (let i = cut; i < Math.min(headingAt, lines.length); i++) {
    const k = kinds[i]!;
    if (k.kind === 'furniture') diagnostics.push(diag(`${k.rule.reason}: cut at the end`, k.rule.id, lines[i]!));
  }
  const heading = headingAt >= cut ? kinds[headingAt] : undefined;
  if (heading?.kind === 'heading') {
    const from = lines[headingAt]!;
    diagnostics.push({
      reason: `${heading.rule.reason}: cut from "${from.text.trim()}" to the end (${lines.length - headingAt} lines)`,
      rule: heading.rule.id,
      severity: 'info',
      span: { start: from.start, end: body.length },
    });
  }

  // (b) Furniture lines and tails before the cut are blanked, keeping every offset.
  const blanks: Array<[number, number]> = [];
  for (let i = 0; i < cut; i++) {
    const line = lines[i]!;
    const k = kinds[i]!;
    if (k.kind === 'furniture' || k.kind === 'heading') {
      blanks.push([line.start, line.end]);
      const what = k.kind === 'heading' ? `${k.rule.reason} heading too early to end the article` : k.rule.reason;
      diagnostics.push(diag(`${what}: blanked`, k.rule.id, line));
    } else if (k.kind === 'body') {
      const tail = findTail(line.text, r);
      if (tail) {
        const span = { start: line.start + tail.offset, end: line.end };
        blanks.push([span.start, span.end]);
        diagnostics.push({ reason: `${tail.rule.reason}: blanked`, rule: tail.rule.id, severity: 'info', span });
      }
    }
  }

  let text = body.slice(0, end);
  if (blanks.length > 0) text = blank(text, blanks);
  text = text.trimEnd();
  diagnostics.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { text, diagnostics };
}

function classify(text: string, r: CompiledRules): LineKind {
  if (!/\S/.test(text)) return { kind: 'blank' };
  // Rules see the trimmed line: long runs of white space never reach a regex.
  const line = text.trim();
  for (const rule of r.headings) if (line.length <= rule.maxLength && rule.re.test(line)) return { kind: 'heading', rule };
  for (const rule of r.lines) if (line.length <= rule.maxLength && rule.re.test(line)) return { kind: 'furniture', rule };
  return { kind: 'body' };
}

/** Where a furniture tail starts in a body line (offset into the line), or undefined. */
function findTail(text: string, r: CompiledRules): { offset: number; rule: CompiledRule } | undefined {
  const from = Math.max(0, text.length - TAIL_WINDOW);
  const window = text.slice(from);
  for (const rule of r.tails) {
    const m = rule.re.exec(window);
    if (m) return { offset: from + m.index, rule };
  }
  return undefined;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Overwrites the given ranges (clipped to the text) with spaces; the length never changes. */
function blank(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    const start = Math.max(s, pos);
    const end = Math.min(e, text.length);
    if (end <= start) continue;
    out += text.slice(pos, start) + ' '.repeat(end - start);
    pos = end;
  }
  return out + text.slice(pos);
}

function diag(reason: string, rule: string, line: Line): Diagnostic {
  return { reason, rule, severity: 'info', span: { start: line.start, end: line.end } };
}
