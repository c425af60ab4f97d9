import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import forge from 'node-forge';

/**
 * Firefox's WebDriver BiDi interception sees only requests of tabs: not the background page's,
 * and not a content script's own fetch. So Firefox sends everything through this proxy
 * instead: it serves the test's pages at their real https URLs (Firefox accepts its made-up
 * certificate because the session allows insecure certificates) and records every other request.
 */

export type ServedPage = { body: string; contentType: string };

export interface Network {
  /** Firefox prefs that route all http and https traffic through the proxy. */
  prefs: Record<string, string | number | boolean>;
  /** Every request that reached the proxy, served or not, in order. */
  requests: string[];
  /** Requests nobody allowed. Must stay empty. */
  leaks: string[];
  serve: (url: string, body: string, contentType?: string) => void;
  close: () => Promise<void>;
}

let credentials: { key: string; cert: string } | undefined;

/** One throwaway self-signed certificate per test process, for every host. */
function certificate(): { key: string; cert: string } {
  if (credentials) return credentials;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const subject = [{ name: 'commonName', value: 'backup-rescue e2e' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  cert.sign(forge.pki.privateKeyFromPem(key), forge.md.sha256.create());
  credentials = { key, cert: forge.pki.certificateToPem(cert) };
  return credentials;
}

export async function startNetwork(): Promise<Network> {
  const served = new Map<string, ServedPage>();
  const requests: string[] = [];
  const leaks: string[] = [];

  // Plain http requests arrive with their absolute URL; tunnelled https ones with a path only.
  const answer = (req: IncomingMessage, res: ServerResponse, origin = '') => {
    const url = `${origin}${req.url ?? ''}`;
    requests.push(url);
    const page = served.get(url);
    if (!page) leaks.push(url);
    res.writeHead(page ? 200 : 403, { 'content-type': page?.contentType ?? 'text/plain' });
    res.end(page?.body ?? 'blocked by the end-to-end test');
  };
  const tunnelled = new Map<TLSSocket, string>();
  const https = createServer((req, res) =>
    answer(req, res, tunnelled.get(req.socket as TLSSocket)),
  );
  const proxy = createServer((req, res) => answer(req, res));
  const sockets = new Set<Socket>();
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const tls = new TLSSocket(socket, { isServer: true, ...certificate() });
    tls.on('error', () => socket.destroy());
    tunnelled.set(tls, `https://${(req.url ?? '').replace(/:443$/, '')}`);
    https.emit('connection', tls);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    requests,
    leaks,
    serve: (url, body, contentType = 'text/html; charset=utf-8') =>
      served.set(url, { body, contentType }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
