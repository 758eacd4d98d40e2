/**
 * Serves the built dashboard (dist/web): a file only when its resolved path lies inside the assets folder,
 * and the single-page shell (index.html) for the dashboard's own routes. Nothing else on disk is reachable.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file to send: its bytes and content type. */
export interface Asset {
  readonly body: Buffer;
  readonly type: string;
  /** Hashed file names (Vite's assets/) never change, so they may be cached for long. */
  readonly immutable: boolean;
}

/**
 * The file under `root` for a URL path, or null when the path is malformed, leaves the folder, names a
 * dot-file or does not exist. `..` segments, encoded or not, and NUL bytes are refused outright.
 */
export async function findAsset(root: string, urlPath: string): Promise<Asset | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { body: await readFile(file), type, immutable: segments[0] === 'assets' };
  } catch {
    return null;
  }
}
