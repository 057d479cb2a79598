import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { attendanceRoles } from '../query/attendance.js';
import { meetingKinds } from '../model/dataset.js';
import { listSorts } from '../query/usage.js';
import { hitKinds } from '../search/documents.js';
import { citationStyleNames } from '../render/citation-styles.js';
import { bashCompletion, fishCompletion, zshCompletion, type CompletionSpec } from '../render/completion.js';
import { helpTopics } from './help-topics.js';
import { formats } from '../render/output.js';
import { validateFormats } from '../render/validate.js';
import type { CommandModule } from './module.js';

const shells = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

export const completion: CommandModule = {
  formats: [],
  description: 'Print a shell completion script: commands, flags, round numbers, meeting, party, person, topic and city ids',
  examples: ['source <(astana completion bash)', 'source <(astana completion zsh)', 'astana completion fish | source'],
  needsAllCommands: true,
  register(cmd: Command, env) {
    cmd.argument('<shell>', 'bash, zsh or fish').action(async (shell: string, _opts: unknown, command: Command) => {
      const render = shells[shell as keyof typeof shells];
      if (!render) throw new UsageError(`unknown shell '${shell}' (shells: ${Object.keys(shells).join(', ')})`);
      const data = await env.dataset(command);
      const rounds = [...data.roundByNumber.keys()].map(String);
      const meetings = [...data.meetingById.keys()];
      const resolutions = [...data.resolutions.values()].map((r) => (r.number !== undefined ? String(r.number) : r.symbol));
      const program = root(command);
      const values: Record<string, string[]> = {
        'rounds show': [...rounds, 'latest'],
        'agenda diff': [...rounds, 'latest'],
        'agenda history': [...data.topics.keys()],
        'meetings show': meetings,
        'resolutions show': resolutions,
        diff: [...rounds, ...meetings],
        cite: [...rounds, ...meetings],
        sources: [...rounds, ...meetings],
        'parties show': [...data.parties.keys()],
        'people show': [...data.people.keys()],
        'topics show': [...data.topics.keys()],
        completion: Object.keys(shells),
        help: [...Object.keys(helpTopics), ...program.commands.map((c) => c.name())],
      };
      const spec: CompletionSpec = {
        commands: leaves(program).map((c) => ({ path: path(c), flags: c.options.map((o) => o.long!).filter(Boolean), values: values[path(c)] ?? [] })),
        flagValues: {
          '--data': 'dir',
          '--format': [...new Set([...formats, ...validateFormats])],
          '--color': ['auto', 'always', 'never'],
          '--party': [...data.parties.keys()],
          '--topic': [...data.topics.keys()],
          '--role': [...attendanceRoles],
          // meetings list takes a meeting kind; search takes those and the registries.
          '--kind': [...new Set([...meetingKinds, ...hitKinds])],
          '--sort': [...listSorts],
          '--meeting': [...rounds, ...meetings],
          '--year': [...new Set(data.meetings.map((m) => m.body.dates.start.slice(0, 4)))],
          '--style': [...citationStyleNames],
          '--city': [...data.cities.keys()],
        },
        globalFlags: program.options.map((o) => o.long!).filter(Boolean),
        valueTaking: [...new Set([program, ...all(program)].flatMap((c) => c.options.filter((o) => o.required || o.optional).map((o) => o.long!)))],
      };
      env.io.out(render(spec));
    });
  },
};

const root = (c: Command): Command => (c.parent ? root(c.parent) : c);
const path = (c: Command): string => (c.parent?.parent ? `${path(c.parent)} ${c.name()}` : c.name());
const all = (c: Command): Command[] => c.commands.flatMap((s) => [s, ...all(s)]);
const leaves = (c: Command): Command[] => c.commands.flatMap((s) => (s.commands.length > 0 ? leaves(s) : [s]));
