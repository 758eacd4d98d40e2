/**
 * Core types shared by every stage of the pipeline. Data types are readonly and carry a `kind`
 * where several shapes travel together, so that a stage can never mutate what an earlier one made.
 */

/** A half-open range of UTF-16 offsets into `Document.text`: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An ISO date `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
export type IsoDate = string;

/** A closed interval of days, both ends `YYYY-MM-DD`. */
export interface DateInterval {
  readonly from: string;
  readonly to: string;
}

/** What a document says about itself before extraction: where it came from and what it is called. */
export interface DocumentMeta {
  readonly path?: string | undefined;
  readonly url?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly source?: string | null | undefined;
  /** A publication date given by metadata (header line, feed, JSON field), as written. */
  readonly published?: string | null | undefined;
  /** Where a reader found `published`: an HTML meta tag, JSON-LD, a `<time>` element, a feed or a dump field. */
  readonly publishedFrom?: string | null | undefined;
  /**
   * When the page was captured (a web archive's `WARC-Date`): not its publication date, only a bound on it.
   * The date resolver falls back to it when neither the metadata, the URL nor the text dates the page.
   */
  readonly captured?: string | null | undefined;
  /** The byline, where the input names one. */
  readonly author?: string | null | undefined;
  /** ISO 639-1 code of the text's language, null when it cannot be told; non-English documents get no facts. */
  readonly language?: string | null | undefined;
}

/** An article ready for extraction: clean body text (headers and page furniture removed) plus metadata. */
export interface Document {
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  /** Offset of `text` inside the original input (after header lines), so spans can be mapped back. */
  readonly bodyOffset?: number;
  /** For text taken from HTML: which element of the page each block of `text` came from. */
  readonly sourceMap?: readonly SourceBlock[];
}

/** A block of `Document.text` and the element of the source page it came from (document order ordinal). */
export interface SourceBlock {
  readonly start: number;
  readonly end: number;
  readonly element: number;
  readonly tag: string;
}

export type Severity = 'info' | 'warning' | 'error';

/** Something a user should know about a document: skipped furniture, unresolved dates, unknown names. */
export interface Diagnostic {
  readonly reason: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly span?: Span;
}

/** A sentence of the document, with its offsets and its paragraph index. */
export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly paragraph: number;
}

/** How a date mention was written: a stated value or one the resolver had to infer (chrono's split). */
export interface DateMention {
  readonly kind: 'date';
  readonly span: Span;
  /** The interval the expression denotes, resolved against the reference date. */
  readonly interval: DateInterval;
  /** day | month | season | quarter | year | range: the precision the text supports. */
  readonly grain: 'day' | 'month' | 'season' | 'quarter' | 'year' | 'range';
  /** True when the year (or more) was not written and had to be inferred. */
  readonly inferredYear: boolean;
  /** Whether the expression points before, after or at the reference date ("last", "next", "this"). */
  readonly relation?: 'past' | 'future' | 'present';
  readonly rule: string;
  /**
   * For a fiscal-year label ("FY2024", "fiscal 2023/24"): the year it names and whether it names two.
   * `interval` is the default reading; a figure re-dates it by its country's fiscal year.
   */
  readonly fiscal?: {
    readonly year: number;
    readonly split: boolean;
    /** "the current/previous fiscal year": the fiscal year holding this month (YYYY-MM), moved by `offset` years. */
    readonly relative?: { readonly month: string; readonly offset: number };
    /** "the five months of the current fiscal year": only its first months. */
    readonly months?: number;
    /** "the second half of the fiscal year": its `months` come after this many of its first months. */
    readonly skipMonths?: number;
  };
}

export type ActorType = 'country' | 'organisation' | 'person' | 'place' | 'group';

/** A mention of an actor: a country, organisation, person, capital or seat of power, demonym or pronoun. */
export interface ActorMention {
  readonly kind: 'actor';
  readonly span: Span;
  /** Resolved actor code: ISO 3166-1 alpha-3 for states, or an organisation code (EU, SCO, C5 …). */
  readonly code: string;
  /** How it was named: the country itself, an adjective/demonym ("Chinese"), a person, a capital, a title, a pronoun. */
  readonly via: 'name' | 'demonym' | 'person' | 'capital' | 'title' | 'pronoun' | 'organisation' | 'place';
  /** For people: a stable person id from data/leaders (e.g. "tokayev"). */
  readonly person?: string;
  /** For people: the office held on the reference date (e.g. "president"). */
  readonly role?: string;
  /**
   * For sub-state actors: the CAMEO sector (GOV, MIL, COP, JUD, LEG, OPP, REB, SEP, CVL, BUS, MED, EDU,
   * LAB, REL, NGO, SPY, REF) of the body or person named ("Egyptian police" → EGY, COP). Absent where
   * the mention names the state itself ("Egypt", "Cairo", "the Egyptian side").
   */
  readonly sector?: string;
  readonly rule: string;
}

/** A figure as extracted, before it becomes a record figure. */
export interface AmountMention {
  readonly kind: 'amount';
  readonly span: Span;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: 'exact' | 'approx' | 'over' | 'under';
  readonly rule: string;
}
