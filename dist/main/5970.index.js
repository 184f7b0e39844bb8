export const id = 5970;
export const ids = [5970];
export const modules = {

/***/ 5970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
const action_js_1 = __webpack_require__(5605);
const not_implemented_js_1 = __webpack_require__(1739);
const inputs_js_1 = __webpack_require__(3865);
exports.action = (0, action_js_1.defineAction)({
    name: 'verify-health',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    check: inputs_js_1.check,
    async run() {
        return (0, not_implemented_js_1.notImplemented)('verify-health');
    },
});


/***/ }),

/***/ 3865:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.check = exports.outputs = exports.inputs = exports.SOURCES = void 0;
// verify-health's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.SOURCES = ['argocd', 'flux', 'kubernetes'];
exports.inputs = {
    'release-id': { kind: 'id' },
    environment: { kind: 'name', name: 'environment' },
    source: { kind: 'enum', values: exports.SOURCES, default: 'argocd' },
    kubeconfig: { kind: 'secret', multiline: true },
    'argocd-server': { kind: 'string' },
    'argocd-token': { kind: 'secret' },
    timeout: { kind: 'duration', default: '10m' },
    'auto-rollback': { kind: 'boolean', default: 'false' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['status', 'state', 'drift', 'report']);
const check = (i) => i.releaseId === undefined && i.environment === undefined
    ? [
        {
            input: 'release-id',
            problem: 'or environment is required: say which release (or environment) to verify',
        },
    ]
    : [];
exports.check = check;


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineAction = defineAction;
/** Keeps the literal types of the spec and outputs so the handler's `inputs` and return value are checked. */
function defineAction(handler) {
    return handler;
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.notImplemented = notImplemented;
const errors_js_1 = __webpack_require__(241);
/** For an action whose use case has not landed: its inputs are still read and checked first. */
function notImplemented(name) {
    throw new errors_js_1.UserError(`${name} is not implemented yet in this version of GitOpsHQ Actions`);
}


/***/ })

};
