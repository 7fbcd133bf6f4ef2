/** The peers the benchmarks compare with that ship no types: only what the benchmarks call. */
declare module 'luxon-business-days' {
  const module: { DateTime: LuxonBusinessDateTime };
  export default module;
  interface LuxonBusinessDateTime {
    fromISO(iso: string): {
      setupBusiness(options: { holidayMatchers: ((d: { toISODate(): string | null }) => boolean)[] }): void;
      plusBusiness(options: { days: number }): { toISODate(): string | null };
    };
  }
}

declare module 'javascript-state-machine' {
  interface Transition {
    readonly name: string;
    readonly from: string | readonly string[];
    readonly to: string;
  }
  class StateMachine {
    constructor(options: { init: string; transitions: readonly Transition[] });
    state: string;
    can(transition: string): boolean;
    [method: string]: unknown;
  }
  export default StateMachine;
}
