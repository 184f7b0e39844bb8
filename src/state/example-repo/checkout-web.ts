// workloads/checkout-web of the example repository: a local Helm chart (chart/), bound to two tenants, with a
// values layer per environment on top of the chart's own defaults.

export const CHECKOUT_WEB: Record<string, string> = {
  'workload.yaml': `# checkout-web: rendered with \`helm template\` from the chart in ./chart.
apiVersion: gitopshq.io/v1
kind: Workload
name: checkout-web
namespace: storefront
source:
  type: helm
  chart: chart            # a folder next to this file; for a published chart set repository (https) and version
  releaseName: checkout-web
tenants: [acme, globex]
`,

  'values.yaml': `# Base values of checkout-web, given to its Helm chart on top of chart/values.yaml (the chart's defaults).
image:
  repository: ghcr.io/acme/checkout-web
resources:
  requests:
    cpu: 50m
    memory: 64Mi
  limits:
    cpu: 250m
    memory: 128Mi
env:
  API_BASE_URL: https://api.example.com
`,

  'values/dev.yaml': `# dev: the newest build, one replica.
image:
  tag: 2.9.0
replicaCount: 1
env:
  API_BASE_URL: https://api.dev.example.com
`,

  'values/staging.yaml': `# staging: the release candidate.
image:
  tag: 2.8.1
replicaCount: 2
env:
  API_BASE_URL: https://api.staging.example.com
`,

  'values/prod.yaml': `# prod: what customers use.
image:
  tag: 2.8.0
replicaCount: 4
`,

  'chart/Chart.yaml': `apiVersion: v2
name: checkout-web
description: The checkout web front end
type: application
version: 0.3.0
appVersion: "2.8.0"
`,

  'chart/values.yaml': `# Defaults of the checkout-web chart; the GitOps values layers override them.
replicaCount: 1
image:
  repository: ghcr.io/acme/checkout-web
  tag: ""             # empty: the chart's appVersion
  pullPolicy: IfNotPresent
containerPort: 3000
service:
  type: ClusterIP
  port: 80
resources:
  limits:
    cpu: 250m
    memory: 128Mi
env: {}
`,

  'chart/templates/_helpers.tpl': `{{/* The chart name, cut to the 63 characters Kubernetes allows in a label. */}}
{{- define "checkout-web.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource names: the release name, which GitOpsHQ sets to the workload name. */}}
{{- define "checkout-web.fullname" -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "checkout-web.selectorLabels" -}}
app.kubernetes.io/name: {{ include "checkout-web.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "checkout-web.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "checkout-web.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}
`,

  'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "checkout-web.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "checkout-web.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "checkout-web.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "checkout-web.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
          {{- with .Values.env }}
          env:
            {{- range $name, $value := . }}
            - name: {{ $name }}
              value: {{ $value | toString | quote }}
            {{- end }}
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
`,

  'chart/templates/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: {{ include "checkout-web.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "checkout-web.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "checkout-web.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
`,
};
