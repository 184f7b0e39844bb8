// The main-branch content of a GitOps repository once read and validated, defaults applied. A plain value: src/state
// loads it from disk or from a git ref, src/render and the use cases only read it, so the type lives below both.
import type { GitopshqConfig, WorkloadConfig } from './model.js';
import type { Values } from './values.js';

export interface LoadedWorkload {
  config: WorkloadConfig;
  /** Absolute path of workloads/<name>. */
  dir: string;
  values: {
    base: Values;
    /** values/<env>.yaml by environment (absent file: no key). */
    environments: Record<string, Values>;
    /** values/<env>/<tenant>.yaml by environment, then tenant. */
    tenants: Record<string, Record<string, Values>>;
    /**
     * The same layers as the user wrote them (repo-relative file and original text). Helm is given these bytes,
     * never a re-serialisation: it reads values as YAML 1.1 and applies its own null rules.
     */
    texts?: ValuesTexts;
  };
}

export interface ValuesText {
  file: string;
  text: string;
}

export interface ValuesTexts {
  base?: ValuesText;
  environments: Record<string, ValuesText>;
  tenants: Record<string, Record<string, ValuesText>>;
}

export interface RepoSnapshot {
  /** Absolute path of the checkout. */
  root: string;
  config: GitopshqConfig;
  workloads: Map<string, LoadedWorkload>;
}
