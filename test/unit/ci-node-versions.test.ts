import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// .ci/run tests the Node releases package.json's "engines" promises: the newest of one LTS line
// and the oldest release the range accepts. These checks keep the two files from drifting apart.
const root = new URL('../../', import.meta.url);
const engines: string = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node;
const ci = readFileSync(new URL('.ci/run', root), 'utf8');

function ciSetting(name: string): string {
  const m = new RegExp(`^${name}=(\\S+)$`, 'm').exec(ci);
  if (!m?.[1]) throw new Error(`.ci/run sets no ${name}`);
  return m[1];
}

describe('the Node releases .ci/run tests', () => {
  it('are a valid range in package.json', () => {
    expect(semver.validRange(engines)).not.toBeNull();
  });

  it('include the oldest release package.json accepts', () => {
    const floor = ciSetting('NODE_FLOOR');
    expect(semver.valid(floor)).toBe(floor);
    expect(semver.minVersion(engines)?.version).toBe(floor);
  });

  it('include an LTS line package.json accepts in whole', () => {
    const lts = ciSetting('NODE_LTS');
    expect(lts).toMatch(/^\d+$/);
    expect(semver.subset(`${lts}.x`, engines)).toBe(true);
  });
});
