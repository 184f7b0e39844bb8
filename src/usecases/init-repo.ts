// init: the commented example GitOps repository written into a new or empty folder and, unless told not to, made a
// git repository with one commit on main. Nothing of the person's is overwritten: a folder with anything in it is
// refused before a file is written. Flow: docs/architecture.md.
import { readdir } from 'node:fs/promises';
import { Git } from '../git/git.js';
import { exampleFiles, writeExampleRepo } from '../state/example-repo.js';
import { failed, type StepResult, succeeded } from './result.js';

export interface InitRepoRequest {
  /** Absolute path of the folder to write into (created when missing). */
  dir: string;
  /** How messages name the folder (as the person typed it). */
  shown: string;
  git: boolean;
  /** The clone URL the clusters/ objects (Argo CD, Flux) follow; default the example's placeholder. */
  repoUrl?: string | undefined;
}

export interface InitializedRepo {
  dir: string;
  /** Every file written, relative to `dir`, sorted. */
  files: string[];
  git: boolean;
  /** The one commit, when `git`. */
  commit?: string;
}

/** Failed (kind usage, nothing written) when `dir` is a file or not empty. */
export async function initRepo(req: InitRepoRequest): Promise<StepResult<InitializedRepo>> {
  let existing: string[];
  try {
    existing = await readdir(req.dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return failed({ kind: 'usage', message: `${req.shown} is a file, not a folder` });
    if (code !== 'ENOENT') throw e;
    existing = [];
  }
  if (existing.length > 0) {
    return failed({
      kind: 'usage',
      message:
        `${req.shown} is not empty (${existing.length} entr${existing.length === 1 ? 'y' : 'ies'}); ` +
        'init only writes into a new or empty folder, so nothing of yours is overwritten',
    });
  }
  if (req.repoUrl !== undefined && !/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(req.repoUrl)) {
    return failed({
      kind: 'usage',
      message: `--repo-url ${JSON.stringify(req.repoUrl)} is not a clone URL: give https://..., ssh://... or git@host:owner/repo.git`,
    });
  }
  await writeExampleRepo(req.dir, { git: req.git, ...(req.repoUrl ? { repoUrl: req.repoUrl } : {}) });
  const files = [...exampleFiles().keys()].sort();
  const commit = req.git ? await new Git(req.dir).revParse('HEAD') : undefined;
  return succeeded({ dir: req.dir, files, git: req.git, ...(commit ? { commit } : {}) });
}
