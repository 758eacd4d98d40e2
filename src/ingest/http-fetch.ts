/**
 * Fetches one http(s) URL politely: a user agent that names the tool, a timeout per attempt, retries
 * with exponential backoff on network errors, 429 and 5xx, a size limit enforced while reading (the
 * body is abandoned as soon as it passes it), and conditional requests (ETag / Last-Modified) so an
 * unchanged feed costs a 304 and no body. Node's built-in fetch; no other network access.
 */

/** What a fetch may use and remember. */
export interface FetchOptions {
  readonly maxBytes: number;
  readonly timeoutMs?: number;
  readonly retries?: number;
  /** First backoff delay; doubled after each failed attempt. */
  readonly backoffMs?: number;
  readonly userAgent?: string;
  /** Validators from the previous fetch of this URL. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** A body, a "not modified", or a one-line error. */
export type FetchResult =
  | {
      readonly status: 'ok';
      readonly url: string;
      readonly bytes: Buffer;
      readonly contentType: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | { readonly status: 'not-modified' }
  | { readonly status: 'error'; readonly error: string };

export const DEFAULT_USER_AGENT = 'multivector/0.1 (news foreign-relations extractor; polite fetcher)';

/** True for inputs that are web addresses rather than paths. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Fetches `url`, retrying transient failures; never throws. */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchResult> {
  const retries = options.retries ?? 2;
  let delay = options.backoffMs ?? 1000;
  let last: FetchResult = { status: 'error', error: 'not fetched' };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
    const { result, transient } = await fetchOnce(url, options);
    last = result;
    if (!transient) return result;
  }
  return last;
}

async function fetchOnce(url: string, options: FetchOptions): Promise<{ result: FetchResult; transient: boolean }> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const controller = new AbortController();
  let overLimit = false;
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  try {
    const response = await fetch(url, { headers, redirect: 'follow', signal: controller.signal });
    if (response.status === 304) {
      await response.body?.cancel();
      return { result: { status: 'not-modified' }, transient: false };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const transient = response.status === 429 || response.status >= 500;
      return { result: { status: 'error', error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }, transient };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      return { result: { status: 'error', error: `too large (${declared} bytes > ${options.maxBytes} bytes limit; raise with --max-bytes)` }, transient: false };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        overLimit = true;
        controller.abort();
        return { result: { status: 'error', error: `too large (over the ${options.maxBytes} bytes limit; raise with --max-bytes)` }, transient: false };
      }
      chunks.push(Buffer.from(chunk));
    }
    return {
      result: {
        status: 'ok',
        url: response.url || url,
        bytes: Buffer.concat(chunks, size),
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      },
      transient: false,
    };
  } catch (error) {
    if (overLimit) return { result: { status: 'error', error: `too large (over the ${options.maxBytes} bytes limit; raise with --max-bytes)` }, transient: false };
    const aborted = controller.signal.aborted;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = aborted ? `timed out after ${options.timeoutMs ?? 30_000} ms` : cause?.code ?? cause?.message ?? String((error as Error)?.message ?? error);
    return { result: { status: 'error', error: `cannot fetch (${String(reason).split('\n')[0]})` }, transient: true };
  } finally {
    clearTimeout(timer);
  }
}
