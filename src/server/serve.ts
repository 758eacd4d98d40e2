/** Starts the HTTP server over a store opened read-only; resolves once it listens, with its address and a stop function. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openStore } from '../store/sqlite-fact-store.js';
import { createApp } from './app.js';

export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly assets?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080/ */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Opens the database read-only (a missing or foreign file fails here, before listening) and listens. */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const store = openStore(o.db, { readonly: true });
  // Read-only at the connection too: no statement may write, whatever the code path.
  store.connection.pragma('query_only = ON');
  // A server reads the same pages again and again: map the file and keep a larger page cache (256 MB).
  store.connection.pragma('mmap_size = 1073741824');
  store.connection.pragma('cache_size = -262144');
  const app = createApp({ store, ...(o.assets ? { assets: o.assets } : {}) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => {
              void store.close().then(done);
            });
            // Keep-alive connections of a browser would otherwise hold close() open.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', (error) => {
      void store.close();
      reject(new Error(`cannot listen on ${o.host}:${o.port}: ${error.message}`));
    });
  });
}
