/**
 * Writing to stdout or a file with back-pressure, where a failing stream rejects the write that is
 * waiting (or the next one) instead of throwing from an event listener as an uncaught exception.
 */

/** A stream error turned into one line: the path (or "stdout") and the reason without Node's prefix. */
export class OutputError extends Error {
  constructor(readonly where: string, readonly reason: string, readonly code?: string) {
    super(`${where}: ${reason}`);
    this.name = 'OutputError';
  }
}

/** The reason of a Node I/O error without its code prefix and syscall suffix ("no such file or directory"). */
export function ioReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = String(e?.message ?? error).split('\n')[0]!;
  // "ENOENT: no such file or directory, open '/x/y.csv'" → "no such file or directory"
  const m = /^[A-Z][A-Z0-9_]+: (.*?)(?:, [a-z]+(?: '.*')?)?$/.exec(message);
  return m ? m[1]! : message;
}

/** Writes chunks to one stream, waiting for 'drain' when it is full; any stream error rejects. */
export class StreamSink {
  private failure: OutputError | null = null;
  private readonly waiting = new Set<(error: OutputError) => void>();

  /** `where` names the stream in errors: a file path, or "stdout". */
  constructor(private readonly stream: NodeJS.WritableStream, where: string) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= new OutputError(where, ioReason(error), error.code);
      for (const fail of this.waiting) fail(this.failure);
      this.waiting.clear();
    });
  }

  /** The first error the stream reported, if any. */
  get error(): OutputError | null {
    return this.failure;
  }

  /** Writes a chunk; resolves once the stream can take more, rejects when the stream has failed. */
  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = (): void => {
        this.waiting.delete(onError);
        resolve();
      };
      const onError = (error: OutputError): void => {
        this.stream.removeListener('drain', onDrain);
        reject(error);
      };
      this.waiting.add(onError);
      this.stream.once('drain', onDrain);
    });
  }
}
