// The renderer's entry: connect to the simulation service (whichever host), then mount the
// workspace with its stores and the UI language the preferences chose.

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { connectSimService } from './host/connect';
import { provideSimClient } from './host/sim-client';
import { createWorkspaceI18n } from './i18n';
import { usePreferencesStore } from './stores/preferences';
import './styles.css';

async function start(): Promise<void> {
  const client = await connectSimService();
  const app = createApp(App);
  provideSimClient(app, client);
  const pinia = createPinia();
  app.use(pinia);
  const preferences = app.runWithContext(() => usePreferencesStore(pinia));
  app.use(createWorkspaceI18n(preferences.locale));
  app.mount('#app');
}

start().catch((error: unknown) => {
  const root = document.getElementById('app');
  if (root) root.textContent = `Heapscope could not start: ${error instanceof Error ? error.message : String(error)}`;
});
