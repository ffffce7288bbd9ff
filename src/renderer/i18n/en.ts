// The workspace's English text in vue-i18n's message syntax: `{name}` interpolates, `a | b`
// chooses by count (English: one | many). ru.ts must have exactly the same keys (its type says so).

export const en = {
  app: {
    title: 'Heapscope',
    tagline: 'Reference counting, the cyclic GC and obmalloc, step by step',
  },
  settings: {
    language: 'Language',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark' },
  },
  service: {
    connecting: 'Connecting to the simulation service…',
    ready: 'Service {service} · protocol {protocol}',
    failed: 'Simulation service unavailable: {message}',
  },
  editor: {
    title: 'Program',
    check: 'Check',
    checking: 'Checking…',
    checked: '{n} line received by the service | {n} lines received by the service',
    editedSince: '(edited since)',
    hint: 'Run (Ctrl+Enter) records the program in the simulation service; Check only sends it there and back.',
    inputLabel: 'Python program',
  },
  run: {
    run: 'Run',
    shortcut: 'Ctrl+Enter (⌘+Enter on macOS)',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    progress: 'Recording: {events} events · {steps} steps',
    stdout: 'Output',
    stderr: 'Errors',
    noOutput: 'The program printed nothing.',
    failed: 'The run failed: {message}',
    summary: '{steps} steps · {events} events',
    stopReasons: {
      finished: 'Finished',
      exception: 'Uncaught exception',
      'syntax-error': 'Syntax error',
      unsupported: 'Not supported yet',
      'step-budget': 'Stopped: instruction budget used up',
      cancelled: 'Cancelled',
      imported: 'Opened from a file',
    },
  },
  demos: {
    label: 'Demo',
    choose: 'Lecture demos…',
    noteTitle: 'About this demo',
  },
  profile: {
    label: 'Python',
    notSimulated: '{version} (not simulated yet)',
  },
  graph: {
    hideAtomic: 'hide ints and strs',
    onlyReachable: 'only reachable from the selection',
    onlyRetainerPath: 'only why the selection is alive',
    allGenerations: 'all generations',
    generation: 'generation {n}',
    untracked: 'untracked',
    search: 'type or #id',
    relayout: 'Re-layout',
    exportPng: 'Export PNG',
    exportSvg: 'Export SVG',
    cycles: '{n} cycle | {n} cycles',
    awaiting: '{n} awaiting collection',
    hidden: '{n} hidden by filters',
    capped: '{n} more objects not drawn (limit reached): narrow the filters',
    collecting: 'Collecting generation {generation}: {phase}',
  },
  arena: {
    zoomAll: 'all arenas',
    zoomArena: 'arena {index}',
    zoomPool: 'pool {address}',
    zoomOut: 'Zoom out',
    hint: 'click a pool to open its arena, double-click for its blocks; click a block to select its object',
    request: 'request (bytes)',
    block: 'block',
    sizeClass: 'class',
    pools: 'pools',
    used: 'in use',
    available: 'available',
  },
  panes: {
    bytecode: {
      title: 'Source & bytecode',
      empty: 'The current line, the instruction being executed and the value stack of the current frame will appear here; this pane does not read recorded runs yet.',
    },
    graph: {
      title: 'Reference graph',
      empty: 'Run a program (or open a .heapscope file): its objects and the references between them — refcounts, generations, cycles and each GC phase — are drawn here.',
    },
    inspector: {
      title: 'Inspector',
      empty: "The selected object's type, repr, refcount, referrers and referents, address, size class, generation and history will appear here; this pane does not read recorded runs yet.",
    },
    timeline: {
      title: 'Timeline',
      empty: 'A scrubber over the whole run, with lanes for lines, allocations and frees, and GC collections, will appear here.',
    },
    arena: {
      title: 'Arena map',
      empty: "Run a program (or open a .heapscope file): obmalloc's arenas, pools and blocks, drawn to scale and coloured by size class, appear here.",
    },
    chart: {
      title: 'Memory over time',
      empty: 'Live objects, blocks in use, arenas and generation counts over the run will be charted here.',
    },
  },
};

/** The shape every locale's messages must have. */
export type MessageSchema = typeof en;
