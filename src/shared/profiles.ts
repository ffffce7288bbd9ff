// The Python profiles the simulation core declares (src/core/api.ts `ProfileName`), as a runtime
// list the service can report. The compile-time check below fails if the core adds or drops a
// profile and this list is not updated with it.

import type { ProfileName } from '../core/api';

export const DEFAULT_PROFILE = '3.11' satisfies ProfileName;

/** Oldest first, as `pyenv versions` lists them. */
export const DECLARED_PROFILES = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileName[];

type Undeclared = Exclude<ProfileName, (typeof DECLARED_PROFILES)[number]>;
// If this line fails to compile, a ProfileName is missing from DECLARED_PROFILES.
const everyProfileDeclared: [Undeclared] extends [never] ? true : Undeclared = true;
void everyProfileDeclared;
