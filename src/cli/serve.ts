/**
 * `npm run serve`: serve dist/ over HTTP on localhost, as a static host would (directory URLs get
 * their index.html; unknown paths get the 404 page), with the production host's headers and
 * compression (./serve-file.ts). Search needs HTTP, so does this.
 */
import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { HOST_FILES, SECURITY_HEADERS } from '../domain/hosting/headers.ts';
import { sendFile } from './serve-file.ts';

/** The request path decoded, or null when it is not valid percent-encoding (e.g. "/%E0%A4%A"). */
function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

function resolveFile(root: string, decoded: string): string | null {
  const candidate = normalize(join(root, decoded));
  // Inside the root only: a bare prefix test would also admit a sibling such as dist-private/.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (decoded.includes('\0')) return null;
  // Like the hosts, never hand out the host configuration itself.
  if ((HOST_FILES as readonly string[]).includes(relative(root, candidate))) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

export function serve(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const absolute = resolve(root);
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const decoded = decodePath(path);
    if (decoded === null) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the address is not valid percent-encoding');
      return;
    }
    const file = resolveFile(absolute, decoded);
    if (file && !path.split('?')[0]!.endsWith('/') && file.endsWith('index.html') && !path.endsWith('index.html')) {
      response.writeHead(301, { ...SECURITY_HEADERS, location: `${path.split('?')[0]}/` });
      response.end();
      return;
    }
    const target = file ?? join(absolute, '404.html');
    const status = file ? 200 : 404;
    if (!existsSync(target)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    sendFile(request, response, target, `/${relative(absolute, target).split(sep).join('/')}`, status);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env['PORT'] ?? 4321);
  if (!existsSync(root)) {
    console.error(`Nothing to serve: ${root}/ does not exist. Run "npm run build" first.`);
    process.exit(1);
  }
  await serve(root, port);
  console.log(`Công khai 57 is served at http://localhost:${port}/ (press Ctrl+C to stop)`);
}
