// The repository path guard (src/domain/repo-paths.ts) on node's file system, for the state layer's readers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RepoPaths } from '../domain/repo-paths.js';

export function repoPaths(root: string): RepoPaths {
  return new RepoPaths(root, { fs, path });
}
