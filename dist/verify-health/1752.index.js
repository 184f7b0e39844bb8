export const id = 1752;
export const ids = [1752];
export const modules = {

/***/ 1752:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.ArgoCdApi = void 0;
class ArgoCdApi {
    opts;
    base;
    constructor(opts) {
        this.opts = opts;
        this.base = opts.server.replace(/\/+$/, '');
    }
    async getApplication(name, options) {
        const url = new URL(`${this.base}/api/v1/applications/${encodeURIComponent(name)}`);
        if (options?.appNamespace)
            url.searchParams.set('appNamespace', options.appNamespace);
        const res = await (this.opts.fetch ?? fetch)(url, {
            headers: { authorization: `Bearer ${this.opts.token}`, accept: 'application/json' },
            signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
        });
        // 404 is an Application that does not exist (Missing); a 403 (the token may not read it) is an error to report.
        if (res.status === 404)
            return undefined;
        const text = await res.text();
        if (!res.ok) {
            let message = text.slice(0, 300);
            try {
                message = String(JSON.parse(text).message ?? message);
            }
            catch {
                // not JSON: keep the text
            }
            throw new Error(`Argo CD API ${url.pathname}: HTTP ${res.status}: ${message}`);
        }
        const app = JSON.parse(text);
        // The REST API leaves out apiVersion/kind; the health rules dispatch on them.
        return { ...app, apiVersion: app.apiVersion ?? 'argoproj.io/v1alpha1', kind: app.kind ?? 'Application' };
    }
}
exports.ArgoCdApi = ArgoCdApi;


/***/ })

};
