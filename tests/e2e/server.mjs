// A tiny loopback web server for the e2e tests.
//
// It serves the pages in tests/e2e/pages/ keyed by Host header + path (see sites.mjs), so real-looking
// URLs like http://klikbca-verifikasi.com/ reach it when the browser is told to resolve every host to
// 127.0.0.1 (Chromium: --host-resolver-rules) or to use it as its HTTP proxy (Firefox: network.proxy.*).
// As a "proxy" it never forwards anything: an absolute-URI request is answered from the same table, and
// CONNECT (HTTPS tunnelling) is refused, except for the hosts in TLS_HOSTS, whose tunnel ends in this
// same server's own TLS endpoint. The one port speaks both HTTP and TLS (the first byte tells them
// apart): sites such as www.youtube.com are HSTS-preloaded in the browsers, so their fixtures must be
// served over https, with a throwaway self-signed certificate made by openssl at start (the browsers
// are told to accept it). It listens on 127.0.0.1 only. No traffic leaves the machine.
//
// Run it alone for a manual look:  node tests/e2e/server.mjs [port]
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeTable as pageRoutes, HOSTS as PAGE_HOSTS } from './sites.mjs';
import { commentRoutes, COMMENT_HOSTS, CHANNEL_HOSTS, TLS_HOSTS } from './comment-sites.mjs';

const HOSTS = [...PAGE_HOSTS, ...COMMENT_HOSTS];
const routeTable = () => new Map([...pageRoutes(), ...commentRoutes()]);

/** A self-signed certificate for the TLS_HOSTS, made once per process with openssl. */
let tlsCredentials = null;
function credentials() {
  if (tlsCredentials) return tlsCredentials;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waspada-e2e-tls-'));
  try {
    const san = TLS_HOSTS.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=waspada-e2e',
      '-addext', `subjectAltName=${san}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
    { stdio: 'ignore' });
    tlsCredentials = { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tlsCredentials;
}

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * Start the server. Resolves to { port, origin, requests, close() }.
 * `requests` logs every request as { method, host, path, proxied } so tests can check what the browser fetched.
 */
/**
 * `files`: more answers, `{ 'host/path': { body, type } }` (an organisation's pack, say), served
 * over HTTP and TLS like the pages.
 */
export async function startServer({ port = 0, files = {} } = {}) {
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
    const file = Object.hasOwn(files, host + pathname) ? files[host + pathname] : null;
    if (file) return send(200, file.type, file.body);
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
    if (CHANNEL_HOSTS.includes(host)) {
      // A stand-in for an official reporting channel (so a test sees its tab open): never the real site.
      return send(200, 'text/html; charset=utf-8', `<!DOCTYPE html><html lang="en"><title>${escapeHtml(host)} (test stand-in)</title>` +
        `<h1>Test stand-in for ${escapeHtml(host)}</h1><p>The e2e server answers this host itself; nothing leaves the machine.</p>` +
        '<form><label>Laporan <textarea name="laporan"></textarea></label></form></html>');
    }
    return send(404, 'text/html; charset=utf-8',
      `<!DOCTYPE html><html lang="en"><title>404</title><p>Not a test page: ${escapeHtml(host + pathname)}</p></html>`);
  });

  // TLS on the same port: decrypted here, then handled by the same HTTP server.
  const secure = tls.createServer(credentials(), (socket) => server.emit('connection', socket));
  secure.on('tlsClientError', () => {});

  // HTTPS through a proxy arrives as CONNECT: only for TLS_HOSTS, and only into our own TLS
  // endpoint above; everything else is refused. Nothing is tunnelled anywhere else.
  server.on('connect', (req, socket, head) => {
    const host = String(req.url).replace(/:443$/, '').toLowerCase();
    requests.push({ method: 'CONNECT', host: String(req.url), path: '', proxied: true });
    if (!TLS_HOSTS.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head?.length) socket.unshift(head);
    secure.emit('connection', socket);
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  // One port, two protocols: a TLS handshake starts with byte 0x16.
  const front = net.createServer((socket) => {
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : server).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, '127.0.0.1', resolve);
  });
  const actual = front.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close();
      front.close(() => resolve());
      setTimeout(resolve, 2000).unref();
    }),
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
