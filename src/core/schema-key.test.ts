import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaKey } from './schema-key.js';

const build = (change: Partial<Record<'regex' | 'enum' | 'optional' | 'default' | 'strict' | 'refine' | 'min', boolean>> = {}) =>
  (() => {
    const entry = z.object({
      id: z.string().regex(change.regex ? /^[a-z]+$/ : /^[a-z0-9]+$/),
      kind: z.enum(change.enum ? ['verb', 'noun', 'adjective'] : ['verb', 'noun']),
      note: change.optional ? z.string().optional() : z.string(),
      tags: z.array(z.string().min(change.min ? 2 : 1)).default(change.default ? ['x'] : []),
      // A function's own text is covered, not what it reads from outside (see schema-key.ts).
      score: change.refine ? z.number().refine((n) => n >= 0) : z.number().refine((n) => n > 0),
    });
    return z.object({ entries: z.array(change.strict ? entry.strict() : entry) });
  })();

describe('schemaKey', () => {
  it('is the same for two schemas built by the same code', () => {
    expect(schemaKey(build())).toBe(schemaKey(build()));
  });

  it('changes with any part of the definition', () => {
    const base = schemaKey(build());
    for (const change of ['regex', 'enum', 'optional', 'default', 'strict', 'refine', 'min'] as const) {
      expect(schemaKey(build({ [change]: true })), change).not.toBe(base);
    }
  });

  it('is the same after the schema has validated data', () => {
    const schema = build();
    const before = schemaKey(schema);
    schema.safeParse({ entries: [{ id: 'a1', kind: 'verb', note: 'n', score: 1 }] });
    expect(schemaKey(schema)).toBe(before);
  });

  it('ends on a recursive schema', () => {
    type Node = { name: string; children: Node[] };
    const node: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(node) }));
    expect(schemaKey(node)).toMatch(/^[0-9a-f]{64}$/);
  });
});
