export const id = 3748;
export const ids = [3748];
export const modules = {

/***/ 3748:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
const action_js_1 = __webpack_require__(5605);
const not_implemented_js_1 = __webpack_require__(1739);
const inputs_js_1 = __webpack_require__(8651);
exports.action = (0, action_js_1.defineAction)({
    name: 'create-release',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run() {
        return (0, not_implemented_js_1.notImplemented)('create-release');
    },
});


/***/ }),

/***/ 8651:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// create-release's public interface (DESIGN.md §2a). Keys are the input names users write in `with:`.
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    workload: { kind: 'name', name: 'workload', required: true },
    environment: { kind: 'name', name: 'environment', required: true },
    updates: { kind: 'updates' },
    tenants: { kind: 'names', name: 'tenant' },
    title: { kind: 'string' },
    notes: { kind: 'string' },
    draft: { kind: 'boolean', default: 'false' },
    'auto-merge': { kind: 'boolean', default: 'false' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)([
    'release-id',
    'pull-request-number',
    'pull-request-url',
    'branch',
    'state',
]);


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
