// Which Python profiles the version selector offers. The shared spec declares every profile the
// core will have (src/shared/profiles.ts); only some are simulated today. The renderer may not
// import the core's profile tables (they are data, not types), so the simulated set is listed
// here and a test keeps it equal to src/core/profiles' PROFILES.

import { DECLARED_PROFILES, DEFAULT_PROFILE } from '../../../shared/profiles';

export type DeclaredProfile = (typeof DECLARED_PROFILES)[number];

export const SIMULATED_PROFILES: readonly DeclaredProfile[] = ['3.11'];

export interface ProfileOption {
  readonly profile: DeclaredProfile;
  readonly simulated: boolean;
}

/** Every declared profile, newest first (the order a student looks for a version in). */
export function profileOptions(): readonly ProfileOption[] {
  return [...DECLARED_PROFILES].reverse().map((profile) => ({ profile, simulated: SIMULATED_PROFILES.includes(profile) }));
}

export { DEFAULT_PROFILE };
