// The request pipeline every simulator runs: log the request, answer an injected fault, else hand it to the
// service's handler, and send what it answers. A handler that throws is a simulator bug: answered 500 with the
// stack, so the test that met it says where.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type Fault, takeFault } from './faults.js';
import type { LoggedRequest } from './request-log.js';
import { type Reply, sendReply } from './server.js';

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
  /** The path faults, tampers and the log see. */
  path: string;
  log: LoggedRequest;
}

/** A reply to send, or the status of a response the handler wrote itself (a stream). */
export type Answer = Reply | { written: number };

export interface PipelineOptions {
  /** The server's own origin, to resolve request URLs against (known once it listens). */
  origin(): string;
  /** The path a request is logged and matched under (the GitHub simulator drops its /api/v3 prefix). */
  pathOf(url: URL): string;
  requests: LoggedRequest[];
  faults: readonly Fault[];
  /** How the simulated service words a failure. */
  faultReply(fault: Fault): Reply;
  handle(x: Exchange): Promise<Answer>;
  /** Headers on every reply (e.g. a request id). */
  headers?(): Record<string, string>;
}

export function requestPipeline(o: PipelineOptions): RequestListener {
  const send = (res: ServerResponse, reply: Reply) => sendReply(res, reply, o.headers?.() ?? {});
  return (req, res) => {
    const url = new URL(req.url ?? '/', o.origin());
    const method = (req.method ?? 'GET').toUpperCase();
    const path = o.pathOf(url);
    const log: LoggedRequest = { method, path, status: 0 };
    o.requests.push(log);
    void (async () => {
      const fault = takeFault(o.faults, method, path);
      if (fault) {
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        log.status = fault.status;
        log.fault = true;
        req.resume();
        send(res, o.faultReply(fault));
        return;
      }
      const answer = await o.handle({ req, res, url, method, path, log });
      if ('written' in answer) {
        log.status = answer.written;
        return;
      }
      log.status = answer.status;
      send(res, answer);
    })().catch((e: unknown) => {
      log.status = 500;
      if (!res.headersSent)
        send(res, { status: 500, body: { message: `simulator bug: ${(e as Error).stack ?? String(e)}` } });
      else res.end();
    });
  };
}
