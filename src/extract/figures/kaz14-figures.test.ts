import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

/**
 * Wire copy that gives each sentence a paragraph of its own (kaz14 audit): a bare flow figure takes the period
 * of the flow in the sentence just before, across the paragraph break; not one further back. Own sentences.
 */
const figuresOf = (text: string) => extractDocument({ id: 'kaz14-fig', text, meta: { published: '2018-05-12' } }).figures;

describe('period of a flow figure after a paragraph break', () => {
  it('inherits the period of the flow in the sentence just before', () => {
    const figures = figuresOf('The trade turnover between Chile and Peru amounted to $543.1 million in January-March 2018, the ministry said.\n\nImports from Chile to Peru increased by 25.6 percent to $143.2 million.');
    const imports = figures.find((f) => f.metric === 'imports');
    expect(imports).toMatchObject({ value: 143200000, period: { from: '2018-01-01', to: '2018-03-31' } });
  });

  it('does not reach past an intervening sentence in another paragraph', () => {
    const figures = figuresOf('The trade turnover between Chile and Peru amounted to $543.1 million in January-March 2018, the ministry said.\n\nThe two ministers also discussed a new border crossing.\n\nImports from Chile to Peru increased by 25.6 percent to $143.2 million.');
    const imports = figures.find((f) => f.metric === 'imports');
    expect(imports).toMatchObject({ value: 143200000 });
    expect(imports!.period ?? null).toBeNull();
  });
});
