// Lookup over the CAMEO codebook in cameo-codes.ts: every code with its name, root, quad class
// and Goldstein value. Other layers (the GDELT import) use cameoEvent() too.
import type { QuadClass } from '../types.js';
import { CAMEO_ROWS } from './cameo-codes.js';

export interface CameoEvent {
  code: string;
  name: string;
  root: string;
  quadClass: QuadClass;
  goldstein: number;
}

// GDELT quad classes: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
// 3 verbal conflict (10-14), 4 material conflict (15-20).
export function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

const TABLE: ReadonlyMap<string, CameoEvent> = new Map(
  CAMEO_ROWS.map(([code, name, goldstein]) => {
    const root = code.slice(0, 2);
    return [code, { code, name, root, quadClass: quadClassOfRoot(root), goldstein }];
  }),
);

/** The CAMEO event for a code ("0312", "043", "19"), or undefined for an unknown code. */
export function cameoEvent(code: string): CameoEvent | undefined {
  return TABLE.get(String(code).trim());
}

/** Every CAMEO code the project knows, in codebook order. */
export function cameoCodes(): string[] {
  return [...TABLE.keys()];
}
