export const id = 7963;
export const ids = [7963];
export const modules = {

/***/ 47963:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openClusterPorts = openClusterPorts;
// The cluster ports verify-health runs with, made from its inputs: the @kubernetes/client-node adapter for a
// kubeconfig and the Argo CD REST adapter for a server and token. Both are imported here, lazily, and nowhere else,
// so no other bundle carries the client and verify-health loads it only once its inputs have passed (the bundle
// starts as fast as the others: docs/architecture.md#budgets).
const errors_js_1 = __webpack_require__(10241);
async function openClusterPorts(inputs) {
    let kube;
    let argocd;
    if (inputs.argocdServer && inputs.argocdToken) {
        const { ArgoCdApi } = await __webpack_require__.e(/* import() */ 1752).then(__webpack_require__.bind(__webpack_require__, 1752));
        argocd = new ArgoCdApi({ server: inputs.argocdServer, token: inputs.argocdToken });
    }
    if (inputs.kubeconfig) {
        const { createClientNodeKube } = await Promise.all(/* import() */[__webpack_require__.e(9655), __webpack_require__.e(8821)]).then(__webpack_require__.bind(__webpack_require__, 68821));
        try {
            kube = createClientNodeKube({ kubeconfig: inputs.kubeconfig });
        }
        catch (e) {
            // The client's message may quote the file; say what is wrong with it, never what it holds.
            const why = e instanceof Error ? e.name : 'invalid';
            throw new errors_js_1.UserError(`${inputs.kubeconfigName ?? 'the kubeconfig'} is not a kubeconfig the Kubernetes client can load (${why}): pass the file's whole content (apiVersion: v1, kind: Config, clusters, users, contexts, current-context)`, [], 'usage');
        }
    }
    return {
        ...(kube ? { kube } : {}),
        ...(argocd ? { argocd } : {}),
        close: async () => {
            await kube?.close();
        },
    };
}


/***/ })

};
