// Which step's fault matrix covers which GitHubPort method (test/integration/github/faults-*.test.ts). Each step's
// uninterrupted run must call every method listed for it (the matrix asserts that), and every method of the port
// must be listed for some step or in NO_STEP_CALLS: a new port method without a fault case fails
// faults-every-call.test.ts (NOT_COVERED_YET names the known gaps, each with the step that calls the method).
export const FAULT_COVERAGE: Record<string, readonly string[]> = {
  deploy: ['findPullRequestForMergeCommit', 'listDeployments', 'createDeployment', 'createDeploymentStatus'],
  'deploy, merge not linked yet': [
    'findPullRequestForMergeCommit',
    'getPullRequest',
    'listDeployments',
    'createDeployment',
    'createDeploymentStatus',
  ],
  rollback: [
    'getPullRequest',
    'listDeployments',
    'createDeployment',
    'createDeploymentStatus',
    'findOpenPullRequest',
    'createPullRequest',
  ],
  'approve-gate': [
    'getPullRequest',
    'listReviews',
    'listPullRequestCommits',
    'listBranchActivity',
    'listPullRequestFiles',
    'createCommitStatus',
    'getCombinedStatus',
    'isTeamMember',
    'getCodeowners',
    'getRepositoryPermission',
  ],
  'verify-health crashloop auto-rollback': [
    'createDeploymentStatus',
    'listDeployments',
    'createDeployment',
    'findOpenPullRequest',
    'createPullRequest',
  ],
  'verify-health drift opened': ['listIssues', 'createIssue'],
  'verify-health drift gone': ['listIssues', 'updateIssue'],
  'create-release': [
    'findOpenPullRequest',
    'createPullRequest',
    'getPullRequest',
    'upsertStickyComment',
    'createCommitStatus',
    'listReviews',
    'listPullRequestCommits',
    'getCombinedStatus',
    'mergePullRequest',
  ],
  'create-release new notes': ['findOpenPullRequest', 'updatePullRequest', 'getCombinedStatus'],
  preview: ['getPullRequest', 'upsertStickyComment', 'createCommitStatus'],
  promote: ['findOpenPullRequest', 'createPullRequest', 'addLabels'],
};

/** Methods a step calls whose fault cases are not written yet, and the step: each one is a known gap. */
export const NOT_COVERED_YET: Record<string, string> = {};

/** Methods no step's GitHub work calls, and why. */
export const NO_STEP_CALLS: Record<string, string> = {
  requestsByRoute: "reads the adapter's request counter: no GitHub call to fault",
  // In the port for the workflows the steps are used from, but no use case or action calls them (grep src/).
  removeLabel: 'no step calls it (promote only adds the wave label)',
  dispatchWorkflow:
    'no step calls it (a promotion wave is started by a person or a workflow, not by a dispatch)',
  dispatchRepository:
    'no step calls it (an application repository dispatches to create-release with its own token)',
};
