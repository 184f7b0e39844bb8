export const id = 8821;
export const ids = [8821];
export const modules = {

/***/ 68821:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = void 0;
exports.createClientNodeKube = createClientNodeKube;
// The cluster port over the real @kubernetes/client-node (docs/architecture.md#layers). Only verify-health loads this
// module, with `await import()`, so no other bundle carries the client: nothing else may import it (the bundle test
// checks). Objects come back exactly as the API server sent them (plain JSON), not as the client's typed models,
// whose Date fields and dropped unknown fields would make the health rules see something the server never said.
const client_node_1 = __webpack_require__(29655);
/** KubernetesObjectApi, answering plain JSON and exposing discovery (both protected in the client). */
class PlainObjectApi extends client_node_1.KubernetesObjectApi {
    async processResponse(response, type) {
        if (response.httpStatusCode < 200 || response.httpStatusCode > 299)
            return super.processResponse(response, type);
        return JSON.parse(await response.body.text());
    }
    /** The resource (plural, namespaced) for a kind, or undefined when the API server does not serve it. */
    async resourceFor(apiVersion, kind) {
        try {
            return await this.resource(apiVersion, kind);
        }
        catch (e) {
            // A group/version the server does not serve answers 404 to discovery: the kind is not served.
            if (statusOf(e) === 404)
                return undefined;
            throw e;
        }
    }
}
function statusOf(e) {
    if (e instanceof client_node_1.ApiException)
        return e.code;
    const code = e?.code;
    return typeof code === 'number' ? code : undefined;
}
/** `apps/v1` -> `/apis/apps/v1`, `v1` -> `/api/v1`. */
function versionPath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
class ClientNodeKube {
    kc = new client_node_1.KubeConfig();
    api;
    watches = new Set();
    constructor(opts) {
        this.kc.loadFromString(opts.kubeconfig);
        if (opts.context)
            this.kc.setCurrentContext(opts.context);
        this.api = this.kc.makeApiClient(PlainObjectApi);
    }
    async get(ref) {
        try {
            const spec = {
                apiVersion: ref.apiVersion,
                kind: ref.kind,
                metadata: { name: ref.name, namespace: ref.namespace },
            };
            return (await this.api.read(spec));
        }
        catch (e) {
            if (statusOf(e) === 404)
                return undefined;
            throw e;
        }
    }
    async list(query) {
        const list = await this.api.list(query.apiVersion, query.kind, query.namespace, undefined, undefined, undefined, undefined, query.labelSelector);
        const items = list.items.map((o) => ({
            // A list's items carry no apiVersion/kind on a real API server; the port's objects always do.
            ...o,
            apiVersion: o.apiVersion ?? query.apiVersion,
            kind: o.kind ?? query.kind,
        }));
        return { items, resourceVersion: list.metadata?.resourceVersion ?? '' };
    }
    async waitForChange(queries, options) {
        if (options.signal?.aborted)
            return 'aborted';
        const paths = await Promise.all(queries.map(async ({ query }) => this.collectionPath(query)));
        const mine = [];
        const outcome = await new Promise((resolve) => {
            let settled = false;
            const finish = (o) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                resolve(o);
            };
            const onAbort = () => finish('aborted');
            const timer = setTimeout(() => finish('timeout'), options.timeoutMs);
            options.signal?.addEventListener('abort', onAbort);
            const watch = new client_node_1.Watch(this.kc);
            queries.forEach(({ query, resourceVersion }, i) => {
                const path = paths[i];
                if (path === undefined)
                    return; // a kind the server does not serve never changes
                void watch
                    .watch(path, {
                    resourceVersion,
                    labelSelector: query.labelSelector,
                    allowWatchBookmarks: false,
                    timeoutSeconds: Math.max(1, Math.ceil(options.timeoutMs / 1000)),
                }, (phase) => {
                    if (phase === 'ADDED' || phase === 'MODIFIED' || phase === 'DELETED')
                        finish('changed');
                    // ERROR (e.g. 410 Gone: the resourceVersion is too old) means the caller must list again.
                    else if (phase === 'ERROR')
                        finish('changed');
                }, (err) => {
                    // A broken watch (not our own abort): the caller lists again and meets the error there. A server
                    // that merely closed the watch (its timeout) is left alone: our own timer decides.
                    const name = err?.name;
                    if (err && name !== 'AbortError')
                        finish('changed');
                })
                    .then((ctl) => {
                    if (settled)
                        ctl.abort();
                    else {
                        mine.push(ctl);
                        this.watches.add(ctl);
                    }
                }, () => finish('changed'));
            });
        });
        for (const ctl of mine) {
            ctl.abort();
            this.watches.delete(ctl);
        }
        return outcome;
    }
    async servesKind(apiVersion, kind) {
        return (await this.api.resourceFor(apiVersion, kind)) !== undefined;
    }
    async close() {
        for (const ctl of this.watches)
            ctl.abort();
        this.watches.clear();
    }
    async collectionPath(query) {
        const r = await this.api.resourceFor(query.apiVersion, query.kind);
        if (!r)
            return undefined;
        const ns = r.namespaced && query.namespace ? `/namespaces/${encodeURIComponent(query.namespace)}` : '';
        return `${versionPath(query.apiVersion)}${ns}/${r.name}`;
    }
}
__webpack_unused_export__ = ClientNodeKube;
/** The port for a kubeconfig's content (the `kubeconfig` input; the caller masks it). */
function createClientNodeKube(opts) {
    return new ClientNodeKube(opts);
}


/***/ })

};
