// Timing shared by the benchmark scripts: wall time, CPU time and peak memory of spawned
// commands, run interleaved (one of each case per round) so that a busy moment of the machine
// hits all alike.
import { spawnSync } from 'node:child_process';

/** Every run's environment: NODE_EXTRA_CA_CERTS adds ~40 ms to each start on Node 20. */
export const benchEnv = { ...process.env };
delete benchEnv.NODE_EXTRA_CA_CERTS;

// CPU time (all threads) as perf counts it, where perf runs: on a busy machine wall time also
// counts the waits for a core, and CPU time is the steadier figure.
export const perf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true'], { encoding: 'utf8' }).status === 0;

/** Wall time, CPU time (with perf) and peak memory (GNU time) of one run; `input` is written to its stdin, which then closes. */
export function once(argv, extraEnv = {}, input = undefined) {
  const timed = ['/usr/bin/time', '-f', '%M', ...argv];
  const start = process.hrtime.bigint();
  const r = spawnSync(perf ? 'perf' : timed[0], perf ? ['stat', '-x,', '-e', 'task-clock', '--', ...timed] : timed.slice(1), { env: { ...benchEnv, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30, ...(input === undefined ? {} : { input }) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const tail = r.stderr.trim().split('\n');
  const cpu = perf ? Number(tail.pop()?.split(',')[0]) : undefined;
  const kb = Number((tail.at(-1) ?? '').trim()) || 0;
  return { ms, cpu, kb, status: r.status };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs every case `runs` times, interleaved: the median wall and CPU times and the peak memory
 * of each. With `warm`, each case runs once first, unmeasured, to fill the caches.
 */
export function measure(cases, runs, { warm = false } = {}) {
  if (warm) for (const c of cases) once(c.argv, c.env, c.input);
  const times = cases.map(() => []);
  const cpus = cases.map(() => []);
  const mem = cases.map(() => 0);
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, j) => {
      c.before?.();
      const r = once(c.argv, c.env, c.input);
      if (r.status !== c.expect) throw new Error(`${c.name}: exit ${r.status}, expected ${c.expect}`);
      times[j].push(r.ms);
      cpus[j].push(r.cpu);
      mem[j] = Math.max(mem[j], r.kb);
    });
  }
  return cases.map((c, j) => ({ name: c.name, ms: median(times[j]), cpu: perf ? median(cpus[j]) : undefined, mb: mem[j] / 1024 }));
}
