export const id = 8136;
export const ids = [8136];
export const modules = {

/***/ 8136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
const action_js_1 = __webpack_require__(5605);
const not_implemented_js_1 = __webpack_require__(1739);
const inputs_js_1 = __webpack_require__(8951);
exports.action = (0, action_js_1.defineAction)({
    name: 'promote',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run() {
        return (0, not_implemented_js_1.notImplemented)('promote');
    },
});


/***/ }),

/***/ 8951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// promote's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    'release-id': { kind: 'id', required: true },
    /** Default: the next environment in gitopshq.yaml's order. */
    to: { kind: 'name', name: 'environment' },
    /** Default: the next wave not yet promoted. */
    wave: { kind: 'integer', min: 0 },
    /** Overrides the wave. */
    tenants: { kind: 'names', name: 'tenant' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['promotion-id', 'release-id', 'pull-request-number', 'matrix']);


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
