/** Builds the brief from a database and writes it (HTML, or Markdown with its chart files) to disk. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Grain } from '../analyze/periods.js';
import { openStore } from '../store/sqlite-fact-store.js';
import { loadBriefInput } from './brief-loader.js';
import { buildBriefModel, type BriefModel } from './brief-model.js';
import { renderHtmlBrief } from './html-brief-renderer.js';
import { renderMarkdownBrief } from './markdown-brief-renderer.js';

/** The brief's output formats. */
export type BriefFormat = 'html' | 'md';

/** What to build and where to put it. */
export interface WriteBriefOptions {
  readonly db: string;
  readonly out: string;
  readonly format: BriefFormat;
  readonly grain: Grain;
  readonly focus?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The files written and the model they show. */
export interface WrittenBrief {
  readonly files: readonly string[];
  readonly model: BriefModel;
}

/** Renders a model in a format; Markdown also returns its chart files. */
export function renderBrief(model: BriefModel, format: BriefFormat, assetPrefix = 'brief'): { text: string; assets: readonly { name: string; content: string }[] } {
  if (format === 'html') return { text: renderHtmlBrief(model), assets: [] };
  const md = renderMarkdownBrief(model, assetPrefix);
  return { text: md.markdown, assets: md.assets };
}

/** Opens the database read-only, builds the brief and writes it; returns the paths written. */
export async function writeBrief(o: WriteBriefOptions): Promise<WrittenBrief> {
  const store = openStore(o.db, { readonly: true });
  let model: BriefModel;
  try {
    const input = await loadBriefInput(store, { focus: o.focus, grain: o.grain, from: o.from, to: o.to });
    model = buildBriefModel(input);
  } finally {
    await store.close();
  }
  const out = path.resolve(o.out);
  const prefix = path.basename(out).replace(/\.[^.]*$/, '');
  const { text, assets } = renderBrief(model, o.format, prefix);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, text, 'utf8');
  const files = [out];
  for (const a of assets) {
    const file = path.join(path.dirname(out), a.name);
    await writeFile(file, a.content, 'utf8');
    files.push(file);
  }
  return { files, model };
}
