/** A static file server on 127.0.0.1 for fixture pages, with a log of every request it answered. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A page the test builds in memory: body plus optional response headers (e.g. a strict CSP). */
export interface InlinePage {
  body: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Serve `body` at `path` (takes precedence over files). */
  route(path: string, page: InlinePage): void;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves files under `root` (and routes added at run time) on an ephemeral loopback port. */
export async function serveFixtures(root: string): Promise<FixtureServer> {
  const routes = new Map<string, InlinePage>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const inline = routes.get(path);
    if (inline) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], ...inline.headers });
      res.end(inline.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (data) => {
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(data);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, page) => routes.set(path, page),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
