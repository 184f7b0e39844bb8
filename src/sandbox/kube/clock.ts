// The simulated cluster's time: real time times a speed-up, plus manual jumps, so a test can watch a 10-minute
// progress deadline pass in a second while the same controllers run at real speed under `gitopshq sandbox up`.

export interface SimClock {
  now(): number;
  /** Jumps forward (a test stepping past a deadline). */
  advance(ms: number): void;
  readonly speed: number;
}

export function createSimClock(opts: { speed?: number; start?: number } = {}): SimClock {
  const speed = opts.speed ?? 1;
  const start = opts.start ?? Date.now();
  const t0 = performance.now();
  let offset = 0;
  return {
    speed,
    now: () => Math.floor(start + offset + (performance.now() - t0) * speed),
    advance: (ms) => {
      offset += ms;
    },
  };
}
