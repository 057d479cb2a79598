// Timing shared by the benchmark scripts: wall time and peak memory of spawned commands, run
// interleaved (one of each case per round) so that a busy moment of the machine hits all alike.
import { spawnSync } from 'node:child_process';

/** Every run's environment: NODE_EXTRA_CA_CERTS adds ~40 ms to each start on Node 20. */
export const benchEnv = { ...process.env };
delete benchEnv.NODE_EXTRA_CA_CERTS;

/** Wall time and peak memory (GNU time) of one run. */
export function once(argv, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { env: { ...benchEnv, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number((r.stderr.trim().split('\n').at(-1) ?? '').trim()) || 0;
  return { ms, kb, status: r.status };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs every case `runs` times, interleaved: the median time and the peak memory of each. */
export function measure(cases, runs) {
  const times = cases.map(() => []);
  const mem = cases.map(() => 0);
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, j) => {
      c.before?.();
      const r = once(c.argv, c.env);
      if (r.status !== c.expect) throw new Error(`${c.name}: exit ${r.status}, expected ${c.expect}`);
      times[j].push(r.ms);
      mem[j] = Math.max(mem[j], r.kb);
    });
  }
  return cases.map((c, j) => ({ name: c.name, ms: median(times[j]), mb: mem[j] / 1024 }));
}
