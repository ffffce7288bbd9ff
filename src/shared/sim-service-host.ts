// The simulation service's implementation, the one both hosts serve (electron/worker over
// worker_threads, src/web in a Web Worker). Pure: no clock, no platform APIs.
//
// Today it only reports what it is and echoes programs back. When it starts driving the core
// (runProgram, the recorder) it will import core values, which the layer table grants src/shared
// only as types; at that point this file belongs in a layer that may (src/recorder/ or a new
// src/service/), and the hosts' two imports move with it. The spec (sim-service.ts) stays here.

import { DECLARED_PROFILES, DEFAULT_PROFILE } from './profiles';
import { PROTOCOL_VERSION } from './protocol';
import type { Emit } from './rpc-server';
import type { ServiceImplementation } from './service-spec';
import { countLines, SERVICE_VERSION, type SimServiceSpec } from './sim-service';

/** `emit` sends service events (none are declared yet; `onDidProgress` will be). */
export function createSimService(emit?: Emit<SimServiceSpec>): ServiceImplementation<SimServiceSpec> {
  void emit;
  return {
    version: () => ({
      service: SERVICE_VERSION,
      protocol: PROTOCOL_VERSION,
      declaredProfiles: [...DECLARED_PROFILES],
      defaultProfile: DEFAULT_PROFILE,
    }),
    analyze: (source) => ({ source, lineCount: countLines(source) }),
  };
}
