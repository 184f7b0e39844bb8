export const id = 3060;
export const ids = [3060];
export const modules = {

/***/ 4968:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDeploymentOnce = createDeploymentOnce;
exports.createDeploymentStatusOnce = createDeploymentStatusOnce;
exports.createIssueOnce = createIssueOnce;
exports.createCommentOnce = createCommentOnce;
exports.mergeOnce = mergeOnce;
const create_once_js_1 = __webpack_require__(94633);
/** POST /deployments once; GitHub's 202 (no deployment) is returned as GitHub answered it. */
function createDeploymentOnce(c, input) {
    const task = input.task ?? 'deploy';
    return (0, create_once_js_1.createOnce)({
        what: `deployment of ${input.ref} to ${input.environment}`,
        create: async () => (await c.octokit.rest.repos.createDeployment({
            ...c.repo,
            ...create_once_js_1.NO_RETRY,
            ref: input.ref,
            environment: input.environment,
            task,
            auto_merge: false,
            required_contexts: input.requiredContexts ?? [],
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.payload !== undefined ? { payload: input.payload } : {}),
            ...(input.productionEnvironment !== undefined
                ? { production_environment: input.productionEnvironment }
                : {}),
            ...(input.transientEnvironment !== undefined
                ? { transient_environment: input.transientEnvironment }
                : {}),
        })).data,
        find: async () => {
            const { data } = await c.octokit.rest.repos.listDeployments({
                ...c.repo,
                ref: input.ref,
                environment: input.environment,
                task,
                per_page: 100,
            });
            return data.find((d) => (0, create_once_js_1.sameJson)(d.payload ?? {}, input.payload ?? {}) &&
                (d.description ?? null) === (input.description ?? null));
        },
    }, c.policy, c.warn);
}
/** POST /deployments/{id}/statuses once (the caller shortens the description to GitHub's 140 characters). */
async function createDeploymentStatusOnce(c, deploymentId, status) {
    await (0, create_once_js_1.createOnce)({
        what: `${status.state} status of deployment ${deploymentId}`,
        create: async () => {
            await c.octokit.rest.repos.createDeploymentStatus({
                ...c.repo,
                ...create_once_js_1.NO_RETRY,
                deployment_id: deploymentId,
                state: status.state,
                ...(status.description !== undefined ? { description: status.description } : {}),
                ...(status.environmentUrl !== undefined ? { environment_url: status.environmentUrl } : {}),
                ...(status.logUrl !== undefined ? { log_url: status.logUrl } : {}),
            });
            return true;
        },
        find: async () => {
            const { data } = await c.octokit.rest.repos.listDeploymentStatuses({
                ...c.repo,
                deployment_id: deploymentId,
                per_page: 1,
            });
            const newest = data[0];
            const same = newest?.state === status.state && (newest.description ?? '') === (status.description ?? '');
            return same ? true : undefined;
        },
    }, c.policy, c.warn);
}
/** POST /issues once. */
function createIssueOnce(c, input) {
    return (0, create_once_js_1.createOnce)({
        what: `issue "${input.title}"`,
        create: async () => (await c.octokit.rest.issues.create({ ...c.repo, ...input, ...create_once_js_1.NO_RETRY })).data,
        find: async () => {
            const { data } = await c.octokit.rest.issues.listForRepo({
                ...c.repo,
                state: 'open',
                ...(input.labels && input.labels.length > 0 ? { labels: input.labels.join(',') } : {}),
                sort: 'created',
                direction: 'desc',
                per_page: 100,
            });
            return data.find((i) => !i.pull_request && i.title === input.title && (i.body ?? '') === input.body);
        },
    }, c.policy, c.warn);
}
/** POST /issues/{number}/comments once. */
function createCommentOnce(c, number, body) {
    return (0, create_once_js_1.createOnce)({
        what: `comment on #${number}`,
        create: async () => (await c.octokit.rest.issues.createComment({ ...c.repo, issue_number: number, body, ...create_once_js_1.NO_RETRY }))
            .data,
        find: async () => {
            const comments = await c.octokit.paginate(c.octokit.rest.issues.listComments, {
                ...c.repo,
                issue_number: number,
                per_page: 100,
            });
            return comments.find((x) => x.body === body);
        },
    }, c.policy, c.warn);
}
/**
 * PUT /pulls/{number}/merge once: a retry of a merge that landed would meet a merged pull request (405 "not
 * mergeable"), so after an unknown outcome a pull request merged at `sha` (or at any head, without one) is the
 * answer.
 */
function mergeOnce(c, number, params) {
    return (0, create_once_js_1.createOnce)({
        what: `merge of #${number}`,
        create: async () => (await c.octokit.rest.pulls.merge({ ...c.repo, ...create_once_js_1.NO_RETRY, pull_number: number, ...params })).data,
        find: async () => {
            const { data } = await c.octokit.rest.pulls.get({ ...c.repo, pull_number: number });
            const landed = data.merged && data.merge_commit_sha && (!params.sha || data.head.sha === params.sha);
            return landed
                ? { sha: data.merge_commit_sha ?? '', merged: true, message: 'Pull Request successfully merged' }
                : undefined;
        },
    }, c.policy, c.warn);
}


/***/ }),

/***/ 94633:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_RETRY = void 0;
exports.mayHaveLanded = mayHaveLanded;
exports.createOnce = createOnce;
exports.sameJson = sameJson;
// A create that GitHub may have performed though its answer was lost (a timeout, a dropped connection, a 502 from a
// proxy after the write landed). Retrying such a POST blindly makes a second deployment, issue or comment, so a
// create goes out with the client's own retries off, and after a failure that leaves it unknown whether the write
// landed (a 5xx or no answer), the object is first looked up by its natural key: found, it is the answer; not
// found, the create is sent again, with the same back-off as every other retry (http-policy.ts). A failure that
// says the write did not happen (a 4xx) reaches the caller as before. docs/architecture.md#github-facts.
const failure_js_1 = __webpack_require__(28881);
const http_policy_js_1 = __webpack_require__(43958);
/** Octokit request options that turn the retry plugin off for one request (the throttler still waits out 403s). */
exports.NO_RETRY = { request: { retries: 0 } };
/**
 * True when a failed request may still have been performed: GitHub answered 5xx, or nothing came back (Octokit
 * reports a network failure or our timeout as a 500 without a response). A 4xx is GitHub saying it did not.
 */
function mayHaveLanded(e) {
    const status = (0, failure_js_1.statusOf)(e);
    return status === undefined || status >= 500;
}
/**
 * Runs `c.create` at most 1 + policy.retries times; after each unknown outcome, `c.find` decides whether that
 * attempt landed after all. The last failure reaches the caller.
 */
async function createOnce(c, policy, warn = () => { }) {
    const { retries, retryBaseMs } = { ...http_policy_js_1.DEFAULT_POLICY, ...policy };
    for (let attempt = 0;; attempt++) {
        try {
            return await c.create();
        }
        catch (e) {
            if (!mayHaveLanded(e))
                throw e;
            await (0, http_policy_js_1.sleep)((0, http_policy_js_1.backOffMs)(attempt + 1, retryBaseMs));
            // Looked up after the last attempt too: a create that landed is the step's success, not its failure.
            const found = await c.find();
            if (found !== undefined) {
                warn(`GitHub created the ${c.what} though its answer was lost: using it, not creating another`);
                return found;
            }
            if (attempt >= retries)
                throw e;
            warn(`GitHub did not create the ${c.what} (${(0, failure_js_1.statusOf)(e) ?? 'no answer'}): retrying`);
        }
    }
}
/** `a` and `b` as the same JSON value, whatever the order of their keys. */
function sameJson(a, b) {
    return canonical(a) === canonical(b);
}
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .filter((k) => o[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v ?? null);
}


/***/ }),

/***/ 28881:
/***/ ((__unused_webpack_module, exports) => {


// A failed GitHub call as a step reports it: what GitHub answered to which request, or that it did not answer, after
// the HTTP policy's retries (http-policy.ts). No Octokit import: the action runtime reads it on every failure, and
// a run that never talked to GitHub must not load the client for it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statusOf = statusOf;
exports.messageOf = messageOf;
exports.explainGitHubFailure = explainGitHubFailure;
/** The HTTP status of a failed Octokit call, or undefined for anything else. */
function statusOf(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own message of a failed call (`response.data.message`), falling back to the error's. */
function messageOf(e) {
    const data = e?.response?.data;
    if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
        return data.message;
    }
    const m = e?.message;
    return typeof m === 'string' ? m : String(e);
}
/**
 * `GitHub answered 502 to POST /repos/acme/gitops/deployments: Server Error; …`, or undefined for anything that is
 * not a failed HTTP call. The writes made before the call stand and every step finds them again on a re-run, so
 * the advice is always the same.
 */
function explainGitHubFailure(e) {
    const err = e;
    const status = err?.status;
    const method = err?.request?.method;
    const url = err?.request?.url;
    if (typeof status !== 'number' || typeof method !== 'string' || typeof url !== 'string')
        return undefined;
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // A relative URL is already a path.
    }
    const said = messageOf(e);
    const what = `${method.toUpperCase()} ${path}`;
    const advice = 'the writes before it stand; re-run the step (it picks up where this run stopped)';
    if (err?.response === undefined)
        return `GitHub did not answer ${what} (${said}) after retries: ${advice}`;
    return `GitHub answered ${status} to ${what}: ${said}; ${advice}`;
}


/***/ }),

/***/ 43958:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_POLICY = exports.DEFAULT_API_URL = exports.FINAL_STATUSES = exports.SECONDARY_RATE_LIMIT = exports.GITHUB_MESSAGES = void 0;
exports.apiUrlFrom = apiUrlFrom;
exports.timedFetch = timedFetch;
exports.createClient = createClient;
exports.backOffMs = backOffMs;
exports.sleep = sleep;
exports.retryReadAfterWrite = retryReadAfterWrite;
// The one place that decides how we talk HTTP to GitHub: which client plugins, how often to retry, which statuses
// are final, how secondary rate limits are honoured, and the error strings GitHub uses. The adapter holds only API
// logic. Every HTTP request (retries included) passes through the counter, so an action can report its budget.
const plugin_retry_1 = __webpack_require__(49735);
const plugin_throttling_1 = __webpack_require__(86856);
const rest_1 = __webpack_require__(59988);
const failure_js_1 = __webpack_require__(28881);
/** Messages GitHub sends, by meaning. */
exports.GITHUB_MESSAGES = {
    badCredentials: 'Bad credentials',
    requiresAuthentication: 'Requires authentication',
    notAccessibleByIntegration: 'Resource not accessible by integration',
    notFound: 'Not Found',
    validationFailed: 'Validation Failed',
    notMergeable: 'Pull Request is not mergeable',
    headModified: 'Head branch was modified. Review and try the merge again.',
    secondaryRateLimit: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID.',
};
exports.SECONDARY_RATE_LIMIT = /\bsecondary rate limit\b/i;
/** Statuses a retry cannot fix. 403 is here too: a secondary rate limit is a 403 the throttler handles instead. */
exports.FINAL_STATUSES = [400, 401, 403, 404, 405, 409, 410, 422, 451];
exports.DEFAULT_API_URL = 'https://api.github.com';
/** GITHUB_API_URL as the runner sets it (GitHub Enterprise Server: https://HOST/api/v3), else github.com. */
function apiUrlFrom(env) {
    const url = env.GITHUB_API_URL?.trim();
    return (url || exports.DEFAULT_API_URL).replace(/\/+$/, '');
}
exports.DEFAULT_POLICY = {
    retries: 3,
    retryBaseMs: 1000,
    secondaryRateLimitRetries: 3,
    pacing: 'github',
    readAfterWriteRetries: 3,
    // GitHub ends an API request after 10 s on its side; three times that is a hung connection, not a slow answer.
    requestTimeoutMs: 30_000,
};
/** `GET /repos/{owner}/{repo}/pulls`; a page URL from a Link header is reduced to its path. */
function routeKey(options, baseUrl) {
    let url = options.url;
    if (/^https?:\/\//.test(url))
        url = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : new URL(url).pathname;
    return `${options.method.toUpperCase()} ${url.split('?')[0]}`;
}
// A Bottleneck-shaped group that runs every job at once, for `pacing: none`.
const UNPACED = {
    key: () => ({
        schedule: (_opts, job, ...args) => job(...args),
    }),
};
/**
 * `fetch`, giving up on a request that has no complete answer after `ms`. The error it throws reads as a network
 * failure to Octokit (a 500 without a response), so the retry plugin retries it and the step's failure names it.
 */
function timedFetch(ms, inner) {
    return async (input, init) => {
        const timeout = AbortSignal.timeout(ms);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            const res = await inner(input, { ...init, signal });
            // The body is read after this returns: buffer it here, under the same deadline.
            const body = await res.arrayBuffer();
            const buffered = new Response(res.status === 204 || res.status === 304 ? null : body, {
                status: res.status,
                statusText: res.statusText,
                headers: res.headers,
            });
            Object.defineProperty(buffered, 'url', { value: res.url });
            return buffered;
        }
        catch (e) {
            if (!timeout.aborted)
                throw e;
            const error = new Error(`no answer within ${ms / 1000} s`);
            error.name = 'TimeoutError';
            throw error;
        }
    };
}
function createClient(options) {
    const policy = { ...exports.DEFAULT_POLICY, ...options.policy };
    const warn = options.warn ?? (() => { });
    const counter = { total: 0, byRoute: new Map() };
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    // Registered before retry and throttling, so it sits inside them and sees every attempt.
    const countRequests = (octokit) => {
        octokit.hook.before('request', (opts) => {
            counter.total += 1;
            const key = routeKey(opts, baseUrl);
            counter.byRoute.set(key, (counter.byRoute.get(key) ?? 0) + 1);
        });
    };
    const Client = rest_1.Octokit.plugin(countRequests, plugin_retry_1.retry, plugin_throttling_1.throttling);
    const unpaced = policy.pacing === 'none' ? { write: UNPACED, notifications: UNPACED, search: UNPACED } : {};
    const octokit = new Client({
        ...(options.token ? { auth: options.token } : {}),
        baseUrl,
        userAgent: options.userAgent ?? 'gitopshq-actions',
        // Failed requests reach the caller as errors; logging them as well would say everything twice.
        log: { debug: () => { }, info: () => { }, warn, error: () => { } },
        request: { fetch: timedFetch(policy.requestTimeoutMs, options.fetch ?? globalThis.fetch) },
        retry: {
            retries: policy.retries,
            retryAfterBaseValue: policy.retryBaseMs,
            doNotRetry: exports.FINAL_STATUSES,
        },
        throttle: {
            // Bottleneck groups are typed as classes; ours only needs key().schedule().
            ...unpaced,
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                const again = retryCount < policy.secondaryRateLimitRetries;
                warn(`GitHub secondary rate limit on ${routeKey(opts, baseUrl)}: ` +
                    (again ? `retrying after ${retryAfter}s (retry ${retryCount + 1})` : 'giving up'));
                return again;
            },
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                // The hourly limit resets at a fixed time; waiting more than a minute inside a job is worse than failing.
                const again = retryCount < 1 && retryAfter <= 60;
                warn(`GitHub rate limit exhausted on ${routeKey(opts, baseUrl)}: ` +
                    (again ? `retrying after ${retryAfter}s` : `resets in ${retryAfter}s, giving up`));
                return again;
            },
        },
    });
    return { octokit, counter };
}
/**
 * The wait before retry `n` (1, 2, …) of a loop of our own: n² back-off units, the curve Octokit's retry plugin
 * follows for the retries it makes, so a step's retries space out alike whoever makes them.
 */
function backOffMs(n, retryBaseMs) {
    return retryBaseMs * n ** 2;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/**
 * `call`, retried while it answers 404, for a call on something this client has just created (see
 * HttpPolicy.readAfterWriteRetries). Anything else, and the last 404, reaches the caller.
 */
async function retryReadAfterWrite(call, policy, warn = () => { }) {
    const { readAfterWriteRetries, retryBaseMs } = { ...exports.DEFAULT_POLICY, ...policy };
    for (let attempt = 0;; attempt++) {
        try {
            return await call();
        }
        catch (e) {
            if ((0, failure_js_1.statusOf)(e) !== 404 || attempt >= readAfterWriteRetries)
                throw e;
            const wait = backOffMs(attempt + 1, retryBaseMs);
            warn(`GitHub answered 404 for something created moments ago (read-after-write lag): retrying in ${wait} ms`);
            await sleep(wait);
        }
    }
}


/***/ }),

/***/ 73060:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OctokitGitHub = exports.CODEOWNERS_PATHS = void 0;
exports.gitHubFromEnv = gitHubFromEnv;
const http_policy_js_1 = __webpack_require__(43958);
const issues = __importStar(__webpack_require__(21771));
const pulls = __importStar(__webpack_require__(89379));
const repos = __importStar(__webpack_require__(5562));
const statuses = __importStar(__webpack_require__(32789));
var octokit_repos_js_1 = __webpack_require__(5562);
Object.defineProperty(exports, "CODEOWNERS_PATHS", ({ enumerable: true, get: function () { return octokit_repos_js_1.CODEOWNERS_PATHS; } }));
class OctokitGitHub {
    repository;
    octokit;
    counter;
    policy;
    warn;
    /**
     * `deployment:<id>`, `pull:<number>`: what this client created, so a 404 on it right after is lag, not absence
     * (every read of a pull request it opened, its comments, commits and reviews, and a label put on it).
     */
    created = new Set();
    c;
    constructor(options) {
        this.repository = options.repository;
        const client = (0, http_policy_js_1.createClient)(options);
        this.octokit = client.octokit;
        this.counter = client.counter;
        this.policy = options.policy;
        this.warn = options.warn;
        const repo = { owner: this.repository.owner, repo: this.repository.repo };
        const rest = { octokit: this.octokit, repo, policy: this.policy, warn: this.warn };
        this.c = {
            octokit: this.octokit,
            repository: this.repository,
            repo,
            rest,
            onCreated: (key, call) => this.created.has(key) ? (0, http_policy_js_1.retryReadAfterWrite)(call, this.policy, this.warn) : call(),
            markCreated: (key) => {
                this.created.add(key);
            },
        };
    }
    get requestCount() {
        return this.counter.total;
    }
    requestsByRoute() {
        return Object.fromEntries(this.counter.byRoute);
    }
    createPullRequest(input) {
        return pulls.createPullRequest(this.c, input);
    }
    updatePullRequest(number, changes) {
        return pulls.updatePullRequest(this.c, number, changes);
    }
    findOpenPullRequest(branch) {
        return pulls.findOpenPullRequest(this.c, branch);
    }
    getPullRequest(number) {
        return pulls.getPullRequest(this.c, number);
    }
    listPullRequestFiles(number) {
        return pulls.listPullRequestFiles(this.c, number);
    }
    listPullRequestCommits(number) {
        return pulls.listPullRequestCommits(this.c, number);
    }
    listBranchActivity(branch) {
        return repos.listBranchActivity(this.c, branch);
    }
    findPullRequestForMergeCommit(sha) {
        return pulls.findPullRequestForMergeCommit(this.c, sha);
    }
    mergePullRequest(number, opts = {}) {
        return pulls.mergePullRequest(this.c, number, opts);
    }
    listReviews(number) {
        return pulls.listReviews(this.c, number);
    }
    upsertStickyComment(number, purpose, text, opts = {}) {
        return issues.upsertStickyComment(this.c, number, purpose, text, opts);
    }
    createCommitStatus(sha, status) {
        return statuses.createCommitStatus(this.c, sha, status);
    }
    getCombinedStatus(ref) {
        return statuses.getCombinedStatus(this.c, ref);
    }
    createDeployment(input) {
        return statuses.createDeployment(this.c, input);
    }
    listDeployments(filter) {
        return statuses.listDeployments(this.c, filter);
    }
    createDeploymentStatus(deploymentId, status) {
        return statuses.createDeploymentStatus(this.c, deploymentId, status);
    }
    addLabels(number, labels) {
        return issues.addLabels(this.c, number, labels);
    }
    removeLabel(number, label) {
        return issues.removeLabel(this.c, number, label);
    }
    isTeamMember(org, teamSlug, username) {
        return repos.isTeamMember(this.c, org, teamSlug, username);
    }
    getCodeowners(ref) {
        return repos.getCodeowners(this.c, ref);
    }
    getRepositoryPermission(username) {
        return repos.getRepositoryPermission(this.c, username);
    }
    dispatchWorkflow(workflow, ref, inputs) {
        return repos.dispatchWorkflow(this.c, workflow, ref, inputs);
    }
    dispatchRepository(eventType, clientPayload) {
        return repos.dispatchRepository(this.c, eventType, clientPayload);
    }
    // verify-health (issue 10): the drift issue.
    listIssues(filter) {
        return issues.listIssues(this.c, filter);
    }
    createIssue(input) {
        return issues.createIssue(this.c, input);
    }
    updateIssue(number, changes) {
        return issues.updateIssue(this.c, number, changes);
    }
}
exports.OctokitGitHub = OctokitGitHub;
/** The adapter for an action run: GITHUB_REPOSITORY, GITHUB_API_URL and the token input. */
function gitHubFromEnv(env, token, opts = {}) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY must be set to OWNER/REPO');
    return new OctokitGitHub({ ...opts, token, repository: { owner, repo }, baseUrl: (0, http_policy_js_1.apiUrlFrom)(env) });
}


/***/ }),

/***/ 21771:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.upsertStickyComment = upsertStickyComment;
exports.addLabels = addLabels;
exports.removeLabel = removeLabel;
exports.listIssues = listIssues;
exports.createIssue = createIssue;
exports.updateIssue = updateIssue;
// The Octokit adapter's issue side: the sticky PR comment, labels, and verify-health's drift issues (issue 10).
// Split from octokit-adapter.ts, which maps each port method to one of these.
const create_once_rest_js_1 = __webpack_require__(4968);
const failure_js_1 = __webpack_require__(28881);
const sticky_comment_js_1 = __webpack_require__(7648);
async function upsertStickyComment(c, number, purpose, text, opts) {
    const { body, truncated } = (0, sticky_comment_js_1.stickyBody)(purpose, text, opts.summaryUrl);
    const comments = await c.onCreated(`pull:${number}`, () => c.octokit.paginate(c.octokit.rest.issues.listComments, {
        ...c.repo,
        issue_number: number,
        per_page: 100,
    }));
    const existing = comments.find((x) => (0, sticky_comment_js_1.isStickyComment)(x.body, purpose));
    if (existing) {
        if (existing.body === body)
            return { id: existing.id, url: existing.html_url, created: false, truncated };
        const { data } = await c.octokit.rest.issues.updateComment({ ...c.repo, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, created: false, truncated };
    }
    const data = await (0, create_once_rest_js_1.createCommentOnce)(c.rest, number, body);
    return { id: data.id, url: data.html_url, created: true, truncated };
}
async function addLabels(c, number, labels) {
    const { data } = await c.onCreated(`pull:${number}`, () => c.octokit.rest.issues.addLabels({ ...c.repo, issue_number: number, labels }));
    return data.map((l) => l.name);
}
async function removeLabel(c, number, label) {
    try {
        await c.octokit.rest.issues.removeLabel({ ...c.repo, issue_number: number, name: label });
    }
    catch (e) {
        if ((0, failure_js_1.statusOf)(e) !== 404)
            throw e;
    }
}
async function listIssues(c, filter) {
    const { data } = await c.octokit.rest.issues.listForRepo({
        ...c.repo,
        state: filter.state,
        labels: filter.labels.join(','),
        sort: 'created',
        direction: 'desc',
        per_page: 100,
    });
    return data.filter((i) => !i.pull_request).map(toIssue);
}
async function createIssue(c, input) {
    return toIssue(await (0, create_once_rest_js_1.createIssueOnce)(c.rest, input));
}
async function updateIssue(c, number, changes) {
    const { data } = await c.octokit.rest.issues.update({ ...c.repo, issue_number: number, ...changes });
    return toIssue(data);
}
function toIssue(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        labels: i.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    };
}


/***/ }),

/***/ 89379:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPullRequest = createPullRequest;
exports.updatePullRequest = updatePullRequest;
exports.findOpenPullRequest = findOpenPullRequest;
exports.getPullRequest = getPullRequest;
exports.listPullRequestFiles = listPullRequestFiles;
exports.listPullRequestCommits = listPullRequestCommits;
exports.findPullRequestForMergeCommit = findPullRequestForMergeCommit;
exports.mergePullRequest = mergePullRequest;
exports.listReviews = listReviews;
// The Octokit adapter's pull requests: open, edit, find, list files, commits and reviews, merge. Split from
// octokit-adapter.ts, which maps each port method to one of these.
const reviews_js_1 = __webpack_require__(89377);
const create_once_rest_js_1 = __webpack_require__(4968);
const failure_js_1 = __webpack_require__(28881);
const port_js_1 = __webpack_require__(18212);
function toPullRequest(p) {
    return {
        number: p.number,
        url: p.html_url,
        title: p.title,
        body: p.body ?? '',
        state: p.state === 'closed' ? 'closed' : 'open',
        draft: p.draft ?? false,
        merged: p.merged ?? p.merged_at !== null,
        mergeable: p.mergeable ?? null,
        head: { ref: p.head.ref, sha: p.head.sha, repo: p.head.repo?.full_name ?? null },
        base: { ref: p.base.ref, sha: p.base.sha },
        author: p.user?.login ?? '',
        labels: p.labels.flatMap((l) => (l.name ? [l.name] : [])),
        mergeCommitSha: p.merge_commit_sha,
        mergedAt: p.merged_at,
        createdAt: p.created_at,
    };
}
/** GitHub's 422 to a pull request whose head already has an open one (in the error's `errors[].message`). */
const ALREADY_EXISTS = /A pull request already exists for /;
function errorData(e) {
    return e?.status === 422
        ? e.response?.data
        : undefined;
}
async function createPullRequest(c, input) {
    let data;
    try {
        ({ data } = await c.octokit.rest.pulls.create({ ...c.repo, ...input, draft: input.draft ?? false }));
    }
    catch (e) {
        // A retry of a create whose first attempt landed (its answer lost to a timeout or a 502) meets that pull
        // request: it is the one asked for, so it is the answer. Callers look for an open one first, as here.
        const open = ALREADY_EXISTS.test(JSON.stringify(errorData(e)))
            ? await findOpenPullRequest(c, input.head)
            : undefined;
        if (open?.base.ref !== input.base)
            throw e;
        c.markCreated(`pull:${open.number}`);
        return open;
    }
    c.markCreated(`pull:${data.number}`);
    return toPullRequest(data);
}
async function updatePullRequest(c, number, changes) {
    const { labels, ...fields } = changes;
    if (labels && labels.length > 0) {
        await c.octokit.rest.issues.setLabels({ ...c.repo, issue_number: number, labels });
    }
    else if (labels) {
        // setLabels requires at least one label (the OpenAPI description says minItems 1).
        await c.octokit.rest.issues.removeAllLabels({ ...c.repo, issue_number: number });
    }
    if (Object.keys(fields).length === 0)
        return getPullRequest(c, number);
    const { data } = await c.octokit.rest.pulls.update({ ...c.repo, pull_number: number, ...fields });
    return toPullRequest(data);
}
async function findOpenPullRequest(c, branch) {
    const { data } = await c.octokit.rest.pulls.list({
        ...c.repo,
        state: 'open',
        head: `${c.repository.owner}:${branch}`,
        per_page: 10,
    });
    const first = data[0];
    return first ? toPullRequest(first) : undefined;
}
async function getPullRequest(c, number) {
    const { data } = await c.onCreated(`pull:${number}`, () => c.octokit.rest.pulls.get({ ...c.repo, pull_number: number }));
    return toPullRequest(data);
}
async function listPullRequestFiles(c, number) {
    const files = await c.octokit.paginate(c.octokit.rest.pulls.listFiles, {
        ...c.repo,
        pull_number: number,
        per_page: 100,
    });
    return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
        additions: f.additions,
        deletions: f.deletions,
    }));
}
async function listPullRequestCommits(c, number) {
    const commits = await c.onCreated(`pull:${number}`, () => c.octokit.paginate(c.octokit.rest.pulls.listCommits, { ...c.repo, pull_number: number, per_page: 100 }));
    return commits.map((x) => ({
        sha: x.sha,
        message: x.commit.message,
        author: x.author?.login ?? null,
        authorName: x.commit.author?.name ?? '',
        date: x.commit.author?.date ?? '',
        committer: x.committer?.login ?? null,
    }));
}
async function findPullRequestForMergeCommit(c, sha) {
    const { data } = await c.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...c.repo,
        commit_sha: sha,
        per_page: 100,
    });
    // Only the merge itself: a commit also belongs to the PR it came from, and a direct push may carry an old PR's
    // commits; taking any merged PR there would deploy an old release for a commit that did not merge it.
    const exact = data.find((p) => p.merged_at !== null && p.merge_commit_sha === sha);
    return exact ? toPullRequest(exact) : undefined;
}
async function mergePullRequest(c, number, opts) {
    const route = 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge';
    try {
        const data = await c.onCreated(`pull:${number}`, () => (0, create_once_rest_js_1.mergeOnce)(c.rest, number, {
            merge_method: opts.method ?? 'merge',
            ...(opts.sha ? { sha: opts.sha } : {}),
            ...(opts.commitTitle ? { commit_title: opts.commitTitle } : {}),
            ...(opts.commitMessage ? { commit_message: opts.commitMessage } : {}),
        }));
        return { sha: data.sha, message: data.message };
    }
    catch (e) {
        const status = (0, failure_js_1.statusOf)(e);
        if (status === 405)
            throw new port_js_1.PullRequestNotMergeableError((0, failure_js_1.messageOf)(e), 405, route);
        if (status === 409)
            throw new port_js_1.HeadChangedError((0, failure_js_1.messageOf)(e), 409, route);
        throw e;
    }
}
async function listReviews(c, number) {
    const reviews = await c.onCreated(`pull:${number}`, () => c.octokit.paginate(c.octokit.rest.pulls.listReviews, { ...c.repo, pull_number: number, per_page: 100 }));
    return reviews.flatMap((r) => {
        const state = (0, reviews_js_1.normalizeReviewState)(r.state);
        if (!state)
            return [];
        return [
            {
                id: r.id,
                reviewer: r.user?.login ?? '',
                state,
                commitId: r.commit_id ?? '',
                submittedAt: r.submitted_at ?? '',
                body: r.body,
            },
        ];
    });
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEOWNERS_PATHS = void 0;
exports.listBranchActivity = listBranchActivity;
exports.isTeamMember = isTeamMember;
exports.getCodeowners = getCodeowners;
exports.getRepositoryPermission = getRepositoryPermission;
exports.dispatchWorkflow = dispatchWorkflow;
exports.dispatchRepository = dispatchRepository;
// The Octokit adapter's repository and organization facts: who pushed to a branch (the activity API), team
// memberships, CODEOWNERS, permissions, and dispatches. Split from octokit-adapter.ts, which maps each port method
// to one of these.
const failure_js_1 = __webpack_require__(28881);
const port_js_1 = __webpack_require__(18212);
exports.CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const PERMISSION_RANK = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
async function listBranchActivity(c, branch) {
    try {
        // Cursor paging: Octokit follows the Link header's `after` cursor.
        const rows = await c.octokit.paginate(c.octokit.rest.repos.listActivities, {
            ...c.repo,
            ref: `refs/heads/${branch}`,
            direction: 'desc',
            per_page: 100,
        });
        return rows.map((a) => ({
            type: a.activity_type,
            actor: a.actor?.login ?? null,
            ref: a.ref,
            before: a.before,
            after: a.after,
            timestamp: a.timestamp,
        }));
    }
    catch (e) {
        const status = (0, failure_js_1.statusOf)(e);
        if (status === 403 || status === 404) {
            throw new port_js_1.RefActivityUnreadableError(`cannot read the activity of ${c.repository.owner}/${c.repository.repo} branch ${branch} (HTTP ${status})`, status, 'GET /repos/{owner}/{repo}/activity');
        }
        throw e;
    }
}
async function isTeamMember(c, org, teamSlug, username) {
    try {
        const { data } = await c.octokit.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: teamSlug,
            username,
        });
        return data.state === 'active';
    }
    catch (e) {
        const status = (0, failure_js_1.statusOf)(e);
        if (status === 404)
            return false;
        if (status === 403) {
            throw new port_js_1.TeamMembershipUnreadableError(org, teamSlug, 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}');
        }
        throw e;
    }
}
async function getCodeowners(c, ref) {
    for (const path of exports.CODEOWNERS_PATHS) {
        try {
            const { data } = await c.octokit.rest.repos.getContent({ ...c.repo, path, ref });
            if (!Array.isArray(data) && data.type === 'file' && 'content' in data) {
                return { path, content: Buffer.from(data.content, 'base64').toString('utf8') };
            }
        }
        catch (e) {
            if ((0, failure_js_1.statusOf)(e) !== 404)
                throw e;
        }
    }
    return undefined;
}
async function getRepositoryPermission(c, username) {
    try {
        const { data } = await c.octokit.rest.repos.getCollaboratorPermissionLevel({ ...c.repo, username });
        // role_name says maintain/triage, which `permission` folds into write/read.
        const role = data.role_name;
        return PERMISSION_RANK.includes(role) ? role : data.permission;
    }
    catch (e) {
        if ((0, failure_js_1.statusOf)(e) === 404)
            return 'none';
        throw e;
    }
}
async function dispatchWorkflow(c, workflow, ref, inputs) {
    await c.octokit.rest.actions.createWorkflowDispatch({ ...c.repo, workflow_id: workflow, ref, inputs });
}
async function dispatchRepository(c, eventType, clientPayload) {
    await c.octokit.rest.repos.createDispatchEvent({
        ...c.repo,
        event_type: eventType,
        client_payload: clientPayload,
    });
}


/***/ }),

/***/ 32789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createCommitStatus = createCommitStatus;
exports.getCombinedStatus = getCombinedStatus;
exports.createDeployment = createDeployment;
exports.listDeployments = listDeployments;
exports.createDeploymentStatus = createDeploymentStatus;
// The Octokit adapter's commit statuses and deployments. Split from octokit-adapter.ts, which maps each port method
// to one of these.
const create_once_rest_js_1 = __webpack_require__(4968);
async function createCommitStatus(c, sha, status) {
    const { data } = await c.octokit.rest.repos.createCommitStatus({
        ...c.repo,
        sha,
        state: status.state,
        context: status.context,
        ...(status.description !== undefined ? { description: status.description.slice(0, 140) } : {}),
        ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {}),
    });
    return {
        state: data.state,
        context: data.context,
        description: data.description,
        targetUrl: data.target_url,
    };
}
async function getCombinedStatus(c, ref) {
    const { data } = await c.octokit.rest.repos.getCombinedStatusForRef({ ...c.repo, ref, per_page: 100 });
    return {
        state: data.state,
        sha: data.sha,
        statuses: data.statuses.map((s) => ({
            state: s.state,
            context: s.context,
            description: s.description,
            targetUrl: s.target_url,
        })),
    };
}
async function createDeployment(c, input) {
    const data = await (0, create_once_rest_js_1.createDeploymentOnce)(c.rest, input);
    if (!('id' in data)) {
        // 202: GitHub merged or refused to merge the default branch; with auto_merge false it should not happen.
        throw new Error(`GitHub did not create the deployment of ${input.ref}: ${data.message ?? 'no reason given'}`);
    }
    c.markCreated(`deployment:${data.id}`);
    return {
        id: data.id,
        ref: data.ref,
        sha: data.sha,
        environment: data.environment,
        task: data.task,
        description: data.description,
    };
}
async function listDeployments(c, filter) {
    const { data } = await c.octokit.rest.repos.listDeployments({
        ...c.repo,
        environment: filter.environment,
        sha: filter.sha,
        per_page: 100,
    });
    return data.map((d) => ({
        id: d.id,
        ref: d.ref,
        sha: d.sha,
        environment: d.environment,
        task: d.task,
        description: d.description,
    }));
}
async function createDeploymentStatus(c, deploymentId, status) {
    const description = status.description?.slice(0, 140);
    await c.onCreated(`deployment:${deploymentId}`, () => (0, create_once_rest_js_1.createDeploymentStatusOnce)(c.rest, deploymentId, {
        ...status,
        ...(description !== undefined ? { description } : {}),
    }));
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, exports) => {


// The body of a sticky PR comment: a hidden marker (how the next run finds it again) and the text, shortened to
// GitHub's 65,536-character limit with a pointer to the job summary, which may hold 1 MiB.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_MAX_CHARS = void 0;
exports.stickyMarker = stickyMarker;
exports.stickyBody = stickyBody;
exports.isStickyComment = isStickyComment;
exports.COMMENT_MAX_CHARS = 65_536;
const PURPOSE = /^[a-z0-9][a-z0-9-]{0,62}$/;
function stickyMarker(purpose) {
    // The purpose goes inside an HTML comment: anything but a plain slug could close it early.
    if (!PURPOSE.test(purpose)) {
        throw new Error(`sticky comment purpose must be a lower-case slug like 'preview', not '${purpose}'`);
    }
    return `<!-- gitopshq:${purpose} -->`;
}
function stickyBody(purpose, text, summaryUrl) {
    const head = `${stickyMarker(purpose)}\n`;
    const full = head + text;
    if (full.length <= exports.COMMENT_MAX_CHARS)
        return { body: full, truncated: false };
    const where = summaryUrl ? `the job summary: ${summaryUrl}` : 'the job summary of this run';
    const note = `\n\n---\n_Shortened to fit a pull-request comment. The full text is in ${where}._\n`;
    let cut = exports.COMMENT_MAX_CHARS - head.length - note.length;
    // Never leave half of a surrogate pair at the cut.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return { body: head + text.slice(0, cut) + note, truncated: true };
}
/** Whether an existing comment is the sticky comment of `purpose`. */
function isStickyComment(body, purpose) {
    return (body ?? '').startsWith(stickyMarker(purpose));
}


/***/ })

};
