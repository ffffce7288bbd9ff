// The renderer's entry: connect to the simulation service (whichever host), then mount the workspace.

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { connectSimService } from './host/connect';
import { provideSimClient } from './host/sim-client';
import './styles.css';

async function start(): Promise<void> {
  const client = await connectSimService();
  const app = createApp(App);
  provideSimClient(app, client);
  app.use(createPinia());
  app.mount('#app');
}

start().catch((error: unknown) => {
  const root = document.getElementById('app');
  if (root) root.textContent = `Heapscope could not start: ${error instanceof Error ? error.message : String(error)}`;
});
