/** The local server survives malformed requests and serves only files inside its folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/cli/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'ck57-serve-'));
mkdirSync(join(work, 'dist'));
mkdirSync(join(work, 'dist-private'));
writeFileSync(join(work, 'dist', 'index.html'), 'home');
writeFileSync(join(work, 'dist', '404.html'), 'not here');
writeFileSync(join(work, 'dist-private', 'secret.txt'), 'secret');
const server = await serve(join(work, 'dist'), 0);
const port = (server.address() as AddressInfo).port;
afterAll(() => new Promise((done) => server.close(done)));

/** A raw GET: the path is sent as written, not normalised by a URL parser. */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run serve', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(await get('/')).toEqual({ status: 200, body: 'home' });
  });

  it('never serves a sibling folder whose name starts with the root folder name', async () => {
    expect(await get('/../dist-private/secret.txt')).toEqual({ status: 404, body: 'not here' });
    expect(await get('/%2e%2e/dist-private/secret.txt')).toEqual({ status: 404, body: 'not here' });
  });
});
