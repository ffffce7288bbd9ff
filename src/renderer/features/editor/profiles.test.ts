import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../core/profiles/profile';
import { DECLARED_PROFILES } from '../../../shared/profiles';
import { DEFAULT_PROFILE, SIMULATED_PROFILES, profileOptions } from './profiles';

describe('the version selector', () => {
  it('calls simulated exactly the profiles the core has', () => {
    expect([...SIMULATED_PROFILES].sort()).toEqual(Object.keys(PROFILES).sort());
  });

  it('lists every declared profile, newest first, the default among the simulated', () => {
    const options = profileOptions();
    expect(options.map((o) => o.profile)).toEqual([...DECLARED_PROFILES].reverse());
    expect(options.find((o) => o.profile === DEFAULT_PROFILE)?.simulated).toBe(true);
  });
});
