// The program being edited, the Python profile it is for, the demo it came from (if any), and
// the result of the last Check (a round trip through the service).

import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Analysis } from '../../shared/sim-service';
import { demoById } from '../features/demos/demos';
import { DEFAULT_PROFILE, SIMULATED_PROFILES, type DeclaredProfile } from '../features/editor/profiles';
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
  const profile = ref<DeclaredProfile>(DEFAULT_PROFILE);
  /** The demo last loaded, while the editor still holds its text unchanged. */
  const demoId = ref<string | null>(null);

  /** File → New: the starter program, no demo. */
  function newProgram(): void {
    source.value = STARTER_PROGRAM;
    demoId.value = null;
  }

  /** Puts a demo's program into the editor; unknown ids change nothing. */
  function loadDemo(id: string): boolean {
    const demo = demoById(id);
    if (!demo) return false;
    source.value = demo.source;
    demoId.value = demo.id;
    return true;
  }

  /** The loaded demo, or null once the text has been edited away from it. */
  const currentDemo = () => {
    const demo = demoId.value === null ? undefined : demoById(demoId.value);
    return demo && demo.source === source.value ? demo : null;
  };

  function selectProfile(next: DeclaredProfile): boolean {
    if (!SIMULATED_PROFILES.includes(next)) return false;
    profile.value = next;
    return true;
  }

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

  return { source, checking, lastCheck, checkError, check, isCurrent, profile, selectProfile, demoId, loadDemo, currentDemo, newProgram };
});
