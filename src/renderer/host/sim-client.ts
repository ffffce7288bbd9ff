// Makes the connected SimClient available to stores and components through provide/inject, so a
// test can mount the workspace with any client (a fake, or one over an in-memory transport).

import { inject, type App, type InjectionKey } from 'vue';
import type { SimClient } from '../../shared/sim-service';

const SIM_CLIENT: InjectionKey<SimClient> = Symbol('SimClient');

export function provideSimClient(app: App, client: SimClient): void {
  app.provide(SIM_CLIENT, client);
}

export function useSimClient(): SimClient {
  const client = inject(SIM_CLIENT);
  if (!client) throw new Error('no simulation service was provided to the app');
  return client;
}
