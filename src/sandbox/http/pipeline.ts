// The request pipeline every simulator runs: log the request, answer an injected fault, else hand it to the
// service's handler, and send what it answers. A handler that throws is a simulator bug: answered 500 with the
// stack, so the test that met it says where.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type Fault, takeFault, type WriteCut } from './faults.js';
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
  /** Kills a client right after its Nth write (see WriteCut); optional. */
  cut?: WriteCut;
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
      if (o.cut?.cut) {
        // The client was killed: nothing it sent after that reaches the service.
        log.status = 0;
        log.fault = true;
        req.socket.destroy();
        return;
      }
      if (o.cut?.seen(method, path)) {
        await serveThenCut(o, { req, res, url, method, path, log }, o.cut);
        return;
      }
      const fault = takeFault(o.faults, method, path);
      if (fault?.performed) {
        await serveThenDrop(o, { req, res, url, method, path, log });
        return;
      }
      if (fault) {
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        log.status = fault.status;
        log.fault = true;
        req.resume();
        if (fault.hang) {
          await new Promise<void>((r) => {
            const limit = setTimeout(r, 60_000);
            res.once('close', () => {
              clearTimeout(limit);
              r();
            });
          });
          req.socket.destroy();
          return;
        }
        if (fault.drop) {
          req.socket.destroy();
          return;
        }
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

/**
 * Performs the request (its write lands), swallowing whatever the handler answers, then trips the cut (the test
 * kills the client) and drops the connection: the client never learns that its write succeeded.
 */
async function serveThenCut(o: PipelineOptions, x: Exchange, cut: WriteCut): Promise<void> {
  await serveThenDrop(o, x, () => cut.trip());
}

/** Performs the request, swallowing its answer, and drops the connection: the write lands, its answer is lost. */
async function serveThenDrop(o: PipelineOptions, x: Exchange, beforeDrop?: () => void): Promise<void> {
  const res = x.res;
  // A git handler streams its answer through writeHead/end: keep both from reaching the socket.
  res.writeHead = ((status: number) => {
    x.log.status = status;
    return res;
  }) as typeof res.writeHead;
  res.end = (() => res) as typeof res.end;
  const answer = await o.handle(x);
  if (!('written' in answer)) x.log.status = answer.status;
  x.log.fault = true;
  beforeDrop?.();
  x.req.socket.destroy();
}
