// `gitopshq health --file`: judge the Kubernetes objects of one YAML file by the rules verify-health uses
// (src/domain/health, docs/architecture.md#health). The file is read here so the CLI stays a thin front end.
import { readFile } from 'node:fs/promises';
import { formatFinding } from '../domain/errors.js';
import {
  assessHealth,
  type HealthStatus,
  parseLiveObjects,
  summarizeHealth,
} from '../domain/health/index.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface AssessedObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** Where the object starts in the file. */
  line: number;
  status: HealthStatus;
  message: string;
}

export interface HealthFileReport {
  file: string;
  /** The worst status of the objects. */
  status: HealthStatus;
  message: string;
  objects: AssessedObject[];
}

export async function assessHealthFile(req: { file: string }): Promise<StepResult<HealthFileReport>> {
  let text: string;
  try {
    text = await readFile(req.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : String(code);
    return failed({ kind: 'usage', message: `--file ${req.file}: ${why}` });
  }
  const { objects, findings } = parseLiveObjects(text, req.file);
  if (findings.length > 0) {
    return failed({ message: findings.map(formatFinding).join('\n'), findings });
  }
  const assessed = objects.map(({ object, line }): AssessedObject => {
    const verdict = assessHealth(object);
    return {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name,
      ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
      line,
      ...verdict,
    };
  });
  return succeeded({ file: req.file, ...summarizeHealth(assessed), objects: assessed });
}
