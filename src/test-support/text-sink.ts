/** A writable stream that keeps what is written to it, for tests of commands that print. */
import { PassThrough } from 'node:stream';

export function textSink(): PassThrough & { text: () => string } {
  const s = new PassThrough() as PassThrough & { text: () => string };
  let out = '';
  s.on('data', (c: Buffer) => (out += c.toString()));
  s.text = () => out;
  return s;
}
