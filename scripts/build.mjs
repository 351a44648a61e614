#!/usr/bin/env node
// Compiles src/ to dist/ (tsc with tsconfig.build.json), copies every other file under src/
// as it is (the dashboard's public files, the extraction worker), removes from dist/ what no
// longer has a source, and stamps the result. `--if-stale` does nothing when the stamp is newer
// than every source: what `npm start` runs first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.built');
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/build.mjs'];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/** True when dist/ was built after the last change to any source or build setting. */
export function builtIsFresh(root = ROOT) {
  const stamp = path.join(root, 'dist', '.built');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const inputs = [...files(path.join(root, 'src')), ...INPUTS.map((f) => path.join(root, f)).filter((f) => existsSync(f))];
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

function build() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('diplograph: the TypeScript build failed (see above)\n');
    process.exit(r.status ?? 1);
  }
  const sources = new Set();
  for (const f of files(SRC)) {
    const rel = path.relative(SRC, f);
    if (f.endsWith('.ts')) {
      sources.add(rel.replace(/\.ts$/, '.js'));
      continue;
    }
    sources.add(rel);
    mkdirSync(path.dirname(path.join(DIST, rel)), { recursive: true });
    copyFileSync(f, path.join(DIST, rel));
  }
  for (const f of files(DIST)) {
    const rel = path.relative(DIST, f);
    if (!rel.startsWith('.') && !sources.has(rel)) rmSync(f);
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(process.argv.includes('--if-stale') && builtIsFresh())) build();
}
