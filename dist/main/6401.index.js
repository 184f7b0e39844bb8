export const id = 6401;
export const ids = [6401];
export const modules = {

/***/ 36401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyHealthMarkdown = verifyHealthMarkdown;
exports.verifyHealthReport = verifyHealthReport;
// verify-health's report for people (the job summary, the CLI's text output) and for machines (the `report` output):
// per release its verdict and state, and what is unhealthy or drifted, with the reason.
const markdown_js_1 = __webpack_require__(74463);
const MAX_ROWS = 50;
/** The job summary: one line per release, then a table of what is not Healthy or drifted. */
function verifyHealthMarkdown(v, held) {
    const lines = [`### verify-health (${v.source}): ${v.status}${v.drift ? ', drift' : ''}`];
    if (held)
        lines.push('', held);
    if (v.releases.length === 0)
        lines.push('', 'No release runs here yet: nothing to verify.');
    for (const r of v.releases) {
        lines.push('', `- \`${r.releaseId}\` in ${r.environment}: **${r.status}**, ${r.state}${r.drift ? ', drift' : ''}: ${r.message}${r.undecided ? ' (within its timeout: left to its post-deploy verification)' : ''}`);
    }
    const rows = v.releases.flatMap((r) => (r.resources ?? []).map((x) => [
        r.releaseId,
        x.namespace ? `${x.kind}/${x.namespace}/${x.name}` : `${x.kind}/${x.name}`,
        x.status,
        x.drift ? 'yes' : '',
        x.message,
    ]));
    if (rows.length > 0) {
        lines.push('', (0, markdown_js_1.markdownTable)(['release', 'object', 'health', 'drift', 'why'], rows.slice(0, MAX_ROWS)));
        if (rows.length > MAX_ROWS)
            lines.push('', `... and ${rows.length - MAX_ROWS} more (see the \`report\` output).`);
    }
    if (v.rollback) {
        const rb = v.rollback;
        lines.push('', rb.state === 'RolledBack'
            ? `Rolled back \`${rb.releaseId}\` to \`${rb.to}\`${rb.pullRequest ? `; values pull request #${rb.pullRequest}` : ''}.`
            : `No automatic rollback: ${rb.note ?? 'unknown reason'}`);
    }
    if (v.driftIssue && v.driftIssue.action !== 'none') {
        lines.push('', `Drift issue #${v.driftIssue.number} ${v.driftIssue.action}: ${v.driftIssue.url}`);
    }
    lines.push('', `<sub>${v.clusterCalls} cluster API call(s) in ${(v.elapsedMs / 1000).toFixed(1)} s</sub>`);
    return lines.join('\n');
}
/** The `report` output: the whole verdict, as JSON. */
function verifyHealthReport(v) {
    return JSON.stringify(v);
}


/***/ })

};
