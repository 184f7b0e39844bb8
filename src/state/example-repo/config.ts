// The repository-level files of the example `gitopshq init` writes. It is the first thing a user reads, so every
// setting is commented with what it does and why it has this value.

export const GITOPSHQ_YAML = `# gitopshq.yaml: how releases move through this repository.
# Validate it with \`gitopshq validate\`; the schema is schemas/gitopshq.schema.json of the gitopshq package.
apiVersion: gitopshq.io/v1
kind: Config

# Environments in promotion order: a release is promoted dev -> staging -> prod.
environments:
  - name: dev
    approvals:
      required: 0          # no review needed ...
    deploy:
      autoMerge: true      # ... so release PRs to dev merge as soon as their checks pass
  - name: staging
    approvals:
      required: 1
      teams: [platform]    # one approval, from a member of @<org>/platform
  - name: prod
    approvals:
      required: 2          # two distinct approvers,
      teams: [sre]         # one of them from @<org>/sre
      allowSelfApproval: false
      dismissStaleApprovals: true   # a new push after an approval needs a new approval
    # deploy.branch defaults to gitopshq/deploy/<env>: Argo CD or Flux sync from there.

# Tenants get their own values layer (values/<env>/<tenant>.yaml) and are promoted in waves:
# wave 0 first (here the canary tenant, alone), then wave 1 once wave 0 is Healthy; one PR per wave.
# A tenant is a deployment target: \`destinations\` names, per environment, the cluster it runs in (a cluster name
# as registered in Argo CD, or an API server URL) and optionally a namespace. A workload renders the same object
# names for every tenant, so two tenants never share a namespace of one cluster: here each tenant has a cluster of
# its own in each environment. An environment left out deploys to the cluster Argo CD or Flux runs in.
tenants:
  - name: canary
    wave: 0
    canary: true
    destinations:
      dev: { cluster: dev-canary }
      staging: { cluster: staging-canary }
      prod: { cluster: prod-canary }
  - name: acme
    wave: 1
    destinations:
      dev: { cluster: dev-acme }
      staging: { cluster: staging-acme }
      prod: { cluster: prod-acme }
  - name: globex
    wave: 1
    destinations:
      dev: { cluster: dev-globex }
      staging: { cluster: staging-globex }
      prod: { cluster: prod-globex }

# No production releases from Friday 18:00 to Monday 07:00, Berlin time. A weekly window either spans days, as
# here, or repeats daily on a list of days: { days: [mon, tue, wed, thu], from: "22:00", to: "06:00" }.
# Break-glass: an urgent fix can still go out with the PR label break-glass plus an approval from sre; it is recorded.
freezes:
  - name: weekend
    environments: [prod]
    timezone: Europe/Berlin
    weekly: { from: "fri 18:00", to: "mon 07:00" }
    reason: Nobody is on call to watch a weekend production release
    breakGlass: { allowed: true, label: break-glass, teams: [sre] }

# Checks every rendered manifest must pass before it can be merged or deployed.
render:
  kubernetesVersion: "1.33"   # quoted: YAML would read 1.30 as the number 1.3
  policies:
    forbidLatestTag: true        # images must name a version, never :latest
    requireResourceLimits: true  # every container sets CPU and memory limits
    forbidPrivileged: true       # no privileged containers

# Releases and promotions are recorded as YAML on this branch (written by the actions only).
stateBranch: gitopshq/state
`;

export const CODEOWNERS = `# Owners of each workload: with approvals.codeowners: true in gitopshq.yaml, a release also needs their approval.
workloads/payment-api/ @acme/platform
# The policy and the workflows that enforce it: a pull request may change them only with the owners' review (turn on
# "Require review from Code Owners" in branch protection). A pull_request workflow runs the PR's own copy of its
# file, so without this a PR could rewrite the approval gate that judges it.
/gitopshq.yaml @acme/platform
/.github/ @acme/platform
`;

export const README_MD = `# GitOps repository (managed with GitOpsHQ)

- \`gitopshq.yaml\`: environments in promotion order (dev -> staging -> prod), tenants and their waves, approval
  policies, freeze windows and render policies.
- \`workloads/<name>/workload.yaml\`: where the workload's manifests come from (built-in templates, a Helm chart or
  Kustomize), its namespace, and the tenants it is deployed to.
- \`workloads/<name>/values.yaml\` holds the base values; \`values/<env>.yaml\` overrides them per environment and
  \`values/<env>/<tenant>.yaml\` per tenant (base -> environment -> tenant).
- Change values with a pull request, or \`gitopshq set payment-api staging image.tag=1.4.3\`; check with \`gitopshq validate\`.
- Release records live on the \`gitopshq/state\` branch, rendered manifests on \`gitopshq/deploy/<env>\`: both are written
  by the GitOpsHQ actions only, never by hand.
`;
