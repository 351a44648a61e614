import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// What /dashboard serves: the page's own files from public/, and the two vendor libraries from
// node_modules (this machine and CI have no internet, and an analyst's laptop may not either,
// so nothing comes from a CDN). Read into memory once: a request path is only ever a key of that map, never a file name.

export interface Asset {
  body: string;
  type: string;
  /** Vendor files change only with package versions; the page's own files on every deploy. */
  immutable: boolean;
}

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const require = createRequire(import.meta.url);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The folder of an installed package, found from its main entry (their exports hide package.json). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // no package.json at this level: keep walking up
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the folder of package ${name}`);
}

const VENDOR: Record<string, [pkg: string, file: string]> = {
  'vendor/echarts.js': ['echarts', 'dist/echarts.esm.min.mjs'],
  'vendor/cytoscape.js': ['cytoscape', 'dist/cytoscape.esm.min.mjs'],
};

function load(file: string, immutable: boolean): Asset {
  return { body: readFileSync(file, 'utf8'), type: TYPES[path.extname(file)] ?? 'application/octet-stream', immutable };
}

let cache: Map<string, Asset> | undefined;

/** Every servable asset by its path under /dashboard/ ("" is the page). Read once, kept in memory. */
export function dashboardAssets(): Map<string, Asset> {
  if (cache) return cache;
  const assets = new Map<string, Asset>();
  for (const f of readdirSync(PUBLIC_DIR)) if (TYPES[path.extname(f)]) assets.set(f, load(path.join(PUBLIC_DIR, f), false));
  for (const [at, [pkg, file]] of Object.entries(VENDOR)) assets.set(at, load(path.join(packageDir(pkg), file), true));
  assets.set('', assets.get('index.html')!);
  cache = assets;
  return assets;
}
