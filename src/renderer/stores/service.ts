// What the workspace knows about the simulation service: whether it answered, and its version.
// Thin by design (HOUSE-STYLE §5): it orchestrates calls; the service does the work.

import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { VersionInfo } from '../../shared/sim-service';
import { useSimClient } from '../host/sim-client';

export const ServiceStatus = {
  /** The version() call has not answered yet. */
  CONNECTING: 'connecting',
  /** The service answered; `info` holds its version. */
  READY: 'ready',
  /** The service did not answer; `error` says why. */
  FAILED: 'failed',
} as const;
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];

export const useServiceStore = defineStore('service', () => {
  const client = useSimClient();
  const status = ref<ServiceStatus>(ServiceStatus.CONNECTING);
  // Views from the service are frozen-shaped plain data: keep them out of deep reactivity.
  const info = shallowRef<VersionInfo | null>(null);
  const error = ref<string | null>(null);

  async function connect(): Promise<void> {
    status.value = ServiceStatus.CONNECTING;
    try {
      info.value = await client.version();
      status.value = ServiceStatus.READY;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      status.value = ServiceStatus.FAILED;
    }
  }

  return { status, info, error, connect };
});
