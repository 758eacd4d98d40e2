import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ioReason, OutputError, StreamSink } from './stream-sink.js';

describe('ioReason', () => {
  it.each([
    [Object.assign(new Error("ENOENT: no such file or directory, open '/x/y.csv'"), { code: 'ENOENT' }), 'no such file or directory'],
    [Object.assign(new Error("EACCES: permission denied, open '/root/a'"), { code: 'EACCES' }), 'permission denied'],
    [Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' }), 'broken pipe'],
    [new Error('disk on fire\nsecond line'), 'disk on fire'],
  ])('%s → %s', (error, reason) => {
    expect(ioReason(error)).toBe(reason);
  });
});

describe('StreamSink', () => {
  it('waits for drain on a full stream and passes the text through', async () => {
    const stream = new PassThrough({ highWaterMark: 4 });
    let text = '';
    const sink = new StreamSink(stream, 'stdout');
    const done = sink.write('0123456789');
    stream.on('data', (c: Buffer) => (text += c.toString()));
    await done;
    await sink.write('ab');
    expect(text).toBe('0123456789ab');
    expect(sink.error).toBeNull();
  });

  it('rejects the write waiting for drain when the stream fails, and every later write', async () => {
    const stream = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        setImmediate(() => cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })));
      },
    });
    const sink = new StreamSink(stream, '/data/out.csv');
    const pending = sink.write('some rows');
    await expect(pending).rejects.toThrow(OutputError);
    await expect(pending).rejects.toThrow('/data/out.csv: no space left on device');
    await expect(sink.write('more')).rejects.toMatchObject({ where: '/data/out.csv', code: 'ENOSPC' });
  });
});
