/**
 * `multivector eval <inputs…> --gold DIR`: extracts the inputs (or reads --pred records) and scores them
 * against hand-written gold with the matching rules of shared/spec/extraction-format.md, so that users
 * can measure the tool on their own annotated articles.
 */
import { existsSync, statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, readDocuments } from '../../ingest/read-documents.js';
import {
  indexRecords, jsonReport, loadGoldDir, parseRequire, readPredictions, scoreCorpus, scoreLine, textReport, unmet,
  type EvalResult, type PredRecord,
} from '../../eval/index.js';
import { extractResults } from './extract-command.js';
import { actorCode, positiveInt } from './store-options.js';

export interface EvalCommandOptions {
  readonly gold: string;
  readonly pred?: string;
  readonly focus?: string;
  readonly domestic?: boolean;
  readonly json?: boolean;
  readonly require?: string;
  readonly quiet?: boolean;
  readonly maxBytes?: number;
  readonly jobs?: number;
}

export interface EvalIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** The outcome of one run: the scores, and the exit status (1 when --require is not met). */
export interface EvalRun {
  readonly result: EvalResult;
  readonly exitCode: number;
}

/** A usage problem (exit status 2): no inputs, both inputs and --pred, a gold folder that is not one. */
export class EvalUsageError extends Error {}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .argument('[inputs...]', 'files or folders to extract and score (or use --pred)')
    .description('score extraction against hand-written gold: misses, extras, precision/recall/F1 per kind and per event type')
    .requiredOption('--gold <dir>', 'folder of gold JSON files (the format of shared/gold)')
    .option('--pred <file>', 'score existing records (JSON Lines file or folder) instead of extracting inputs')
    .option('--focus <code>', 'score only facts involving this actor (a gold file\'s own "focus" wins)', actorCode)
    .option('--domestic', 'score domestic events in every file, not only where gold says "domestic": true', false)
    .option('--json', 'print the scores as JSON', false)
    .option('--require <spec>', 'exit 1 unless scores reach these, e.g. events=0.8,figures=0.9,dates=1', requireSpec)
    .option('--quiet', 'leave out the per-document misses and extras', false)
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--jobs <n>', 'worker threads for extraction', positiveInt, 1)
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : 2);
    })
    .action(async (inputs: string[], options: EvalCommandOptions) => {
      try {
        const run = await runEval(inputs, options);
        process.exitCode = run.exitCode;
      } catch (error) {
        process.stderr.write(`multivector eval: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
        process.exitCode = 2;
      }
    });
}

function requireSpec(value: string): string {
  try {
    parseRequire(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
  return value;
}

/** Extracts every input (errors go to stderr, one line each) and indexes the records by document key. */
async function extractInputs(inputs: readonly string[], options: EvalCommandOptions, stderr: NodeJS.WritableStream): Promise<Map<string, PredRecord>> {
  const reads = readDocuments(inputs, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const records: PredRecord[] = [];
  for await (const r of extractResults(reads, options.jobs ?? 1)) {
    if (r.ok) records.push(JSON.parse(r.line) as PredRecord);
    else stderr.write(`multivector: ${r.file}: ${r.error}\n`);
  }
  return indexRecords(records);
}

/** Scores and writes the report; throws EvalUsageError (or a file's error) on bad arguments. */
export async function runEval(
  inputs: readonly string[],
  options: EvalCommandOptions,
  io: EvalIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<EvalRun> {
  if (options.pred !== undefined && inputs.length > 0) throw new EvalUsageError('give inputs to extract or --pred records, not both');
  if (options.pred === undefined && inputs.length === 0) throw new EvalUsageError('nothing to score: give inputs to extract, or --pred FILE');
  if (!existsSync(options.gold) || !statSync(options.gold).isDirectory()) throw new EvalUsageError(`${options.gold}: not a gold folder`);
  const requirement = options.require ? parseRequire(options.require) : [];
  const golds = loadGoldDir(options.gold);
  if (golds.length === 0) throw new EvalUsageError(`${options.gold}: no gold files (*.json) in it`);

  const preds = options.pred !== undefined ? readPredictions(options.pred) : await extractInputs(inputs, options, io.stderr);
  const result = scoreCorpus(golds, preds, {
    ...(options.focus ? { focus: options.focus } : {}),
    domestic: options.domestic === true,
  });
  const failures = unmet(result.summary, requirement);
  if (options.json) {
    io.stdout.write(jsonReport(result));
    if (options.require) io.stderr.write(scoreLine(result.summary, options.require, failures));
  } else {
    io.stdout.write(textReport(result, { quiet: options.quiet === true }));
    io.stdout.write(scoreLine(result.summary, options.require, failures));
  }
  return { result, exitCode: failures.length ? 1 : 0 };
}
