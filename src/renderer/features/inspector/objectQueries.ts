// The service queries the inspector needs about the selected object (src/recorder/queries.ts): its lifetime
// and history, which do not depend on the moment (fetched once per object and trace), and why it is alive,
// which does (fetched latest-wins as the moment moves, so scrubbing costs one query per round trip).
//
// Invariant: an answer about another object, or about a trace replaced since, is never shown.

import { shallowRef, watch, type ShallowRef } from 'vue';
import type { EventView } from '../../../recorder/views';
import type { Lifetime, PathStep, WhyAlive } from '../../../recorder/queries';
import type { SimClient } from '../../../shared/sim-service';
import { latestWins } from '../timeline/latestWins';

export type { Lifetime, PathStep, WhyAlive };

export interface ObjectQueries {
  readonly lifetime: ShallowRef<Lifetime | null>;
  readonly history: ShallowRef<readonly EventView[] | null>;
  readonly whyAlive: ShallowRef<WhyAlive | null>;
  readonly error: ShallowRef<string | null>;
}

/** What a trace store offers these queries (a subset of useTraceStore). */
export interface QuerySource {
  readonly selected: number | null;
  readonly moment: number;
  readonly loaded: boolean;
  /** Changes identity whenever another trace is adopted. */
  readonly info: unknown;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useObjectQueries(client: SimClient, source: QuerySource): ObjectQueries {
  const lifetime = shallowRef<Lifetime | null>(null);
  const history = shallowRef<readonly EventView[] | null>(null);
  const whyAlive = shallowRef<WhyAlive | null>(null);
  const error = shallowRef<string | null>(null);
  let generation = 0;

  const why = latestWins<{ id: number; moment: number; generation: number }, WhyAlive>(
    async (k) => (await client.query('whyAlive', k.id, k.moment)) as unknown as WhyAlive,
    (value, k) => {
      if (k.generation === generation && k.id === source.selected) whyAlive.value = value;
    },
    (e) => (error.value = messageOf(e)),
    (a, b) => a.id === b.id && a.moment === b.moment && a.generation === b.generation,
  );

  // Per object (and trace): lifetime and history do not change with the moment.
  watch(
    () => [source.selected, source.info, source.loaded] as const,
    async ([id, , loaded]) => {
      const mine = ++generation;
      lifetime.value = null;
      history.value = null;
      whyAlive.value = null;
      error.value = null;
      if (id === null || !loaded) return;
      try {
        const [life, events] = await Promise.all([client.query('lifetime', id, 0), client.query('history', id, 0)]);
        if (mine !== generation) return;
        lifetime.value = life as unknown as Lifetime | null;
        history.value = events as unknown as EventView[];
      } catch (e) {
        if (mine === generation) error.value = messageOf(e);
      }
    },
    { immediate: true },
  );

  watch(
    () => [source.selected, source.moment, source.info, source.loaded] as const,
    ([id, moment, , loaded]) => {
      if (id === null || !loaded) return;
      why.request({ id, moment, generation });
    },
    { immediate: true, flush: 'post' },
  );

  return { lifetime, history, whyAlive, error };
}
