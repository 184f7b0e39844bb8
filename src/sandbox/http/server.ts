// The HTTP plumbing every simulator shares (the GitHub one now, the cluster one next): a node:http server on
// 127.0.0.1 with a random or given port, JSON replies, and request bodies read whole.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer to a request, sent as JSON (or with no body). */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface LocalServer {
  port: number;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Stops listening and drops open connections (keep-alive clients would otherwise hold it open). */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only: a simulator holds tokens and must not be reachable from the network. */
export async function listenLocal(handler: RequestListener, port = 0): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendReply(res: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  const all = { ...headers, ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, all);
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...all });
  res.end(JSON.stringify(reply.body));
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
