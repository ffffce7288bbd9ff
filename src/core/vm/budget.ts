// Models nothing in CPython: the simulator's instruction budget (RunOptions.stepBudget), thrown out of the
// evaluation loop when it runs out so runProgram can keep the output so far.

export class StepBudgetExceeded {
  constructor(readonly steps: number) {}
}
