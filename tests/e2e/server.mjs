// A tiny loopback web server for the e2e tests.
//
// It serves the pages in tests/e2e/pages/ keyed by Host header + path (see sites.mjs), so real-looking
// URLs like http://klikbca-verifikasi.com/ reach it when the browser is told to resolve every host to
// 127.0.0.1 (Chromium: --host-resolver-rules) or to use it as its HTTP proxy (Firefox: network.proxy.*).
// As a "proxy" it never forwards anything: an absolute-URI request is answered from the same table, and
// CONNECT (HTTPS tunnelling) is refused. It listens on 127.0.0.1 only. No traffic leaves the machine.
//
// Run it alone for a manual look:  node tests/e2e/server.mjs [port]
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeTable, HOSTS } from './sites.mjs';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * Start the server. Resolves to { port, origin, requests, close() }.
 * `requests` logs every request as { method, host, path, proxied } so tests can check what the browser fetched.
 */
export async function startServer({ port = 0 } = {}) {
  const routes = routeTable();
  const requests = [];

  const server = http.createServer(async (req, res) => {
    let host = (req.headers.host || '').toLowerCase();
    let pathname = '/';
    let proxied = false;
    try {
      if (/^https?:\/\//i.test(req.url)) {
        // absolute-URI form: we are being used as an HTTP proxy (Firefox)
        const u = new URL(req.url);
        host = u.host.toLowerCase();
        pathname = u.pathname;
        proxied = true;
      } else {
        pathname = new URL(req.url, 'http://x').pathname;
      }
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    host = host.replace(/:80$/, '');
    requests.push({ method: req.method, host, path: pathname, proxied });

    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      return send(405, 'text/plain', 'method not allowed');
    }
    const route = routes.get(host + pathname);
    if (route) {
      const body = await readFile(path.join(PAGES, route.file));
      return send(200, TYPES['.html'], body, route.headers || {});
    }
    if (HOSTS.includes(host) && pathname.startsWith('/assets/') && !pathname.includes('..')) {
      try {
        const file = path.join(PAGES, pathname);
        const body = await readFile(file);
        return send(200, TYPES[path.extname(file)] || 'application/octet-stream', body);
      } catch { /* fall through to 404 */ }
    }
    if (pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/html; charset=utf-8',
      `<!DOCTYPE html><html lang="en"><title>404</title><p>Not a test page: ${escapeHtml(host + pathname)}</p></html>`);
  });

  // HTTPS through a proxy arrives as CONNECT: refuse it; nothing is tunnelled anywhere.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', host: String(req.url), path: '', proxied: true });
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startServer({ port: Number(process.argv[2] || 0) });
  console.log(`e2e test server on ${s.origin} (Host-keyed; also a no-forwarding HTTP proxy)`);
  for (const h of HOSTS) console.log(`  curl -H 'Host: ${h}' ${s.origin}/   or   curl -x ${s.origin} http://${h}/`);
}
