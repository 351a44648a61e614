#!/usr/bin/env node
// The `diplograph` command. Runs the compiled CLI in dist/ when it is built and current
// (`npm run build`; `npm start` builds it first), otherwise the TypeScript sources through tsx,
// so a checkout being edited needs no build step.
import { builtIsFresh } from '../scripts/build.mjs';

if (builtIsFresh()) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
