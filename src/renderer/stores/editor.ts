// The program being edited and the result of the last Check (a round trip through the service).

import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Analysis } from '../../shared/sim-service';
import { useSimClient } from '../host/sim-client';

/** The program a new workspace opens with: a cycle that only the cyclic GC can free. */
export const STARTER_PROGRAM = `import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

a = Node("a")
b = Node("b")
a.next = b
b.next = a      # a reference cycle
del a, b        # refcounts stay above zero
print(gc.collect())
`;

export const useEditorStore = defineStore('editor', () => {
  const client = useSimClient();
  const source = ref(STARTER_PROGRAM);
  const checking = ref(false);
  const lastCheck = shallowRef<Analysis | null>(null);
  const checkError = ref<string | null>(null);

  async function check(): Promise<void> {
    checking.value = true;
    checkError.value = null;
    try {
      lastCheck.value = await client.analyze(source.value);
    } catch (e) {
      lastCheck.value = null;
      checkError.value = e instanceof Error ? e.message : String(e);
    } finally {
      checking.value = false;
    }
  }

  /** Whether the last Check was of the program as it is now. */
  const isCurrent = (): boolean => lastCheck.value?.source === source.value;

  return { source, checking, lastCheck, checkError, check, isCurrent };
});
