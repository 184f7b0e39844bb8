// The Argo CD REST API (the `argocd-server` and `argocd-token` inputs): one Application as
// `GET <server>/api/v1/applications/<name>` with a Bearer token. Plain fetch, no client library: one endpoint.
import type { ArgoCdApiPort, KubeObject } from './port.js';

export interface ArgoCdApiOptions {
  /** `https://argocd.example.com` (a path prefix is kept). */
  server: string;
  token: string;
  fetch?: typeof fetch;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export class ArgoCdApi implements ArgoCdApiPort {
  private readonly base: string;

  constructor(private readonly opts: ArgoCdApiOptions) {
    this.base = opts.server.replace(/\/+$/, '');
  }

  async getApplication(name: string, options?: { appNamespace?: string }): Promise<KubeObject | undefined> {
    const url = new URL(`${this.base}/api/v1/applications/${encodeURIComponent(name)}`);
    if (options?.appNamespace) url.searchParams.set('appNamespace', options.appNamespace);
    const res = await (this.opts.fetch ?? fetch)(url, {
      headers: { authorization: `Bearer ${this.opts.token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
    });
    // 404 is an Application that does not exist (Missing); a 403 (the token may not read it) is an error to report.
    if (res.status === 404) return undefined;
    const text = await res.text();
    if (!res.ok) {
      let message = text.slice(0, 300);
      try {
        message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
      } catch {
        // not JSON: keep the text
      }
      throw new Error(`Argo CD API ${url.pathname}: HTTP ${res.status}: ${message}`);
    }
    const app = JSON.parse(text) as KubeObject;
    // The REST API leaves out apiVersion/kind; the health rules dispatch on them.
    return { ...app, apiVersion: app.apiVersion ?? 'argoproj.io/v1alpha1', kind: app.kind ?? 'Application' };
  }
}
