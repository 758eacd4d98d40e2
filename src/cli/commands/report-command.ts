/** `multivector report [--focus KAZ] [--from 2022-01 --to 2025-12] [--format html|md] [--out FILE] [--db FILE]`: writes the brief. */
import { InvalidArgumentError, type Command } from 'commander';
import { GRAINS, type Grain } from '../../analyze/periods.js';
import { untilBound } from '../../store/fact-identity.js';
import { writeBrief, type BriefFormat } from '../../report/write-brief.js';
import { actorCode, addDbOption, isoPrefix, reportErrors, usageExit } from './store-options.js';

/** Options of the report command, as commander parses them. */
export interface ReportCommandOptions {
  readonly db: string;
  readonly focus?: string;
  readonly from?: string;
  readonly to?: string;
  readonly grain: Grain;
  readonly format?: BriefFormat;
  readonly out?: string;
}

/** Parses a series grain (month, quarter or year). */
export function grain(value: string): Grain {
  if (!(GRAINS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${GRAINS.join(', ')}`);
  return value as Grain;
}

/**
 * Whether --from starts after --to ends; ISO prefixes of different lengths compare by what they
 * cover, so `--from 2024-06 --to 2024` is a valid range and `--from 2025 --to 2024-12` is not.
 */
export function fromAfterTo(from: string, to: string): boolean {
  return from > untilBound(to);
}

function format(value: string): BriefFormat {
  const v = value.toLowerCase() === 'markdown' ? 'md' : value.toLowerCase();
  if (v !== 'html' && v !== 'md') throw new InvalidArgumentError('expected html or md');
  return v;
}

/** Registers `report` on the program. */
export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('write a self-contained brief: partners, balance index over time, vectors, key events, figures, all sourced')
    .option('--focus <code>', 'focus country (default: the actor in most stored documents)', actorCode)
    .option('--from <date>', 'first month or day covered (YYYY, YYYY-MM or YYYY-MM-DD)', isoPrefix)
    .option('--to <date>', 'last month or day covered', isoPrefix)
    .option('--grain <grain>', 'period of the series: month, quarter or year', grain, 'year')
    .option('--format <format>', 'html or md (default: from the --out extension, else html)', format)
    .option('--out <file>', 'output file (default: brief.html or brief.md)');
  addDbOption(command);
  usageExit(command).action((options: ReportCommandOptions) =>
    reportErrors('report', async () => {
      if (options.from && options.to && fromAfterTo(options.from, options.to)) throw new Error(`--from ${options.from} is after --to ${options.to}`);
      const fmt = options.format ?? (options.out && /\.(md|markdown)$/i.test(options.out) ? 'md' : 'html');
      const written = await writeBrief({
        db: options.db, out: options.out ?? `brief.${fmt}`, format: fmt, grain: options.grain,
        focus: options.focus, from: options.from, to: options.to,
      });
      process.stdout.write(`${written.files[0]}\n`);
      process.stderr.write(`multivector report: ${written.model.generatedFor}; wrote ${written.files.join(', ')}\n`);
    }),
  );
}
