// workloads/payment-api of the example repository: the built-in template format (nunjucks + values, see
// docs/architecture.md#template-format), bound to three tenants, with a values layer per environment and one per
// tenant.

export const PAYMENT_API: Record<string, string> = {
  'workload.yaml': `# payment-api: rendered from the nunjucks templates in ./templates (the built-in chart format).
apiVersion: gitopshq.io/v1
kind: Workload
name: payment-api
namespace: payments
source:
  type: template
  path: templates
# One deployment per tenant; \`environments\` is left out, so it runs in every environment of gitopshq.yaml.
tenants: [canary, acme, globex]
`,

  'values.yaml': `# Base values of payment-api: every environment and tenant starts from these.
# Layers: values.yaml -> values/<env>.yaml -> values/<env>/<tenant>.yaml (mappings merge; lists and scalars replace).
image:
  repository: ghcr.io/acme/payment-api
  # The tag is set per environment (values/<env>.yaml): releases change it there, one environment at a time.
replicas: 2
port: 8080
resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:            # required by the render policy requireResourceLimits
    cpu: 500m
    memory: 256Mi
# Becomes the ConfigMap the container reads its environment from.
config:
  LOG_LEVEL: info
  PAYMENT_PROVIDER_URL: https://payments.example.com
`,

  'values/dev.yaml': `# dev: the newest build, one replica, verbose logs, the payment provider's sandbox.
image:
  tag: 1.5.0   # CI moves this with create-release after every build of main
replicas: 1
config:
  LOG_LEVEL: debug
  PAYMENT_PROVIDER_URL: https://sandbox.payments.example.com
`,

  'values/staging.yaml': `# staging: the release candidate, production-like but against the provider's sandbox.
image:
  tag: 1.4.2   # promoted from dev once it was Healthy there
config:
  PAYMENT_PROVIDER_URL: https://sandbox.payments.example.com
`,

  'values/prod.yaml': `# prod: more replicas and more headroom per pod.
image:
  tag: 1.4.1   # changed only by releases that passed the prod approval policy
replicas: 3
resources:
  limits:
    cpu: "1"       # quoted: Kubernetes quantities are strings
    memory: 512Mi
`,

  'values/prod/acme.yaml': `# acme in prod: acme's traffic needs more replicas, and they settle through their own provider account.
replicas: 5
config:
  PAYMENT_PROVIDER_ACCOUNT: acme-prod
`,

  'templates/deployment.yaml': `{# The payment-api Deployment. \`values\` are the layered values; \`labels\` and \`selectorLabels\` come from GitOpsHQ. #}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
spec:
  replicas: {{ values.replicas | default(1) }}
  selector:
    matchLabels: {{ selectorLabels | toYaml | nindent(6) }}
  template:
    metadata:
      labels: {{ labels | toYaml | nindent(8) }}
    spec:
      containers:
        - name: app
          image: "{{ values.image.repository | required('values.image.repository is required') }}:{{ values.image.tag | required('values.image.tag is required: set it in values/<env>.yaml') }}"
          ports:
            - name: http
              containerPort: {{ values.port | default(8080) }}
          envFrom:
            - configMapRef:
                name: {{ fullname }}
          resources: {{ values.resources | toYaml | nindent(12) }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`,

  'templates/service.yaml': `{# The Service in front of the pods: port 80 to the container's http port. #}
apiVersion: v1
kind: Service
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
spec:
  selector: {{ selectorLabels | toYaml | nindent(4) }}
  ports:
    - name: http
      port: 80
      targetPort: http
`,

  'templates/configmap.yaml': `{# values.config as environment variables; ConfigMap data must be strings, hence string | quote. #}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
data:
{%- for key, value in values.config | default({}) %}
  {{ key }}: {{ value | string | quote }}
{%- endfor %}
`,
};
