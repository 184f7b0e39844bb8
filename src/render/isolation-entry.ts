// The isolated renderer's program (dist/render-child/index.js, built by scripts/build.mjs): the bootstrap
// first, before anything of the pull request is read; then the job loop. See docs/architecture.md#untrusted-input.
import './isolation-bootstrap.js';
import { serveIsolatedRender } from './isolation-child.js';

serveIsolatedRender();
