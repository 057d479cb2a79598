import type { Command } from 'commander';
import { headLabel, headTitle } from '../query/heads.js';
import { showRound, type MeetingDetail } from '../query/rounds-show.js';
import { roundShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';

export const roundsShow: CommandModule = {
  description: 'Show one round: dates, city, delegations and heads, agenda, resolutions, sources',
  examples: ['astana rounds show 21', 'astana rounds show latest --format json'],
  register(cmd: Command, env) {
    cmd.argument('<round>', "round number, or 'latest'").action(async (round: string, _opts: unknown, command: Command) => {
      await env.emit(command, showRound(await env.dataset(command), round), { table: roundShowTable, rows: (r) => delegationRows(`round-${r.round}`, r) });
    });
  },
};

/** Line-oriented output of a meeting: one record per delegation, disputed heads listed together. */
export const delegationRows = (meeting: string, m: MeetingDetail): unknown[] =>
  m.delegations.map((d) => ({
    meeting,
    party: d.party,
    name: d.name,
    role: d.role,
    head: d.head ? headLabel(d.head) : null,
    title: headTitle(d.head) ?? null,
    disputed: d.head?.disputed ?? false,
    sources: d.head ? [...new Set([...d.sources, ...d.head.sources])] : d.sources,
  }));
