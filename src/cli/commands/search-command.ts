/** `multivector search "<fts query>" [--db file]`: full-text search over stored documents, with snippets. */
import type { Command } from 'commander';
import { openStore } from '../../store/sqlite-fact-store.js';
import { addDbOption, positiveInt, reportErrors, usageExit } from './store-options.js';

/** Options of the search command. */
export interface SearchCommandOptions {
  readonly db: string;
  readonly limit: number;
  readonly json: boolean;
}

/** Registers `search` on the program. */
export function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .argument('<query>', 'SQLite FTS5 query: words, "exact phrases", AND/OR/NOT, prefix*')
    .description('search the text of stored documents')
    .option('--limit <n>', 'most hits shown', positiveInt, 20)
    .option('--json', 'one JSON object per hit', false);
  addDbOption(command);
  usageExit(command).action((query: string, options: SearchCommandOptions) =>
    reportErrors('search', async () => {
      process.stdout.write(await runSearch(query, options));
    }),
  );
}

/** Runs the search and returns what the command prints. */
export async function runSearch(query: string, options: SearchCommandOptions): Promise<string> {
  const store = openStore(options.db, { readonly: true });
  try {
    const hits = await store.search(query, { limit: options.limit });
    if (options.json) return hits.map((h) => JSON.stringify(h) + '\n').join('');
    return hits
      .map((h) => {
        const d = h.document;
        const head = [d.title ?? d.path ?? d.id, d.published ? `(${d.published})` : '', d.url ?? ''].filter(Boolean).join(' ');
        return `${head}\n  ${h.snippet.replace(/\s+/g, ' ')}\n`;
      })
      .join('');
  } finally {
    await store.close();
  }
}
