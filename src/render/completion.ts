/** What completion needs to know: the command tree, and the values each argument or flag takes. */
export interface CompletionSpec {
  /** Command paths ('rounds list') with their flags and the value list for their positionals. */
  readonly commands: readonly { path: string; flags: readonly string[]; values: readonly string[] }[];
  /** Flags that take a value, with the values to offer ('dir' for paths). */
  readonly flagValues: Readonly<Record<string, readonly string[] | 'dir'>>;
  readonly globalFlags: readonly string[];
  /** Every flag that takes a value, so that value is not mistaken for a command word. */
  readonly valueTaking: readonly string[];
}

const words = (xs: readonly string[]): string => xs.join(' ');

/** A bash completion function; zsh uses it through bashcompinit. */
export function bashCompletion(spec: CompletionSpec): string {
  const groups = new Map<string, Set<string>>();
  for (const { path } of spec.commands) {
    const parts = path.split(' ');
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join(' ');
      groups.set(parent, (groups.get(parent) ?? new Set()).add(parts[i]!));
    }
  }
  const flagCases = Object.entries(spec.flagValues)
    .map(([flag, values]) => `    ${flag}) ${values === 'dir' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : `COMPREPLY=($(compgen -W "${words(values)}" -- "$cur"))`}; return ;;`)
    .join('\n');
  const pathCases = [
    ...[...groups].map(([parent, children]) => `    "${parent}") choices="${words([...children])} ${words(spec.globalFlags)}" ;;`),
    ...spec.commands.map((c) => `    "${c.path}") choices="${words(c.values)} ${words(c.flags)} ${words(spec.globalFlags)}" ;;`),
  ].join('\n');
  return `# astana completion for bash. Load it with:  source <(astana completion bash)
_astana() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${flagCases}
  esac
  # The command path so far: the words that are neither flags nor flag values.
  local path="" i skip=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    local w="\${COMP_WORDS[i]}"
    if [[ $skip == 1 ]]; then skip=0; continue; fi
    case " ${words(spec.valueTaking)} " in *" $w "*) skip=1; continue ;; esac
    [[ $w == -* ]] && continue
    case "$path" in
${spec.commands
  .filter((c) => c.values.length > 0)
  .map((c) => `      "${c.path}"*) continue ;;`)
  .join('\n')}
    esac
    path="\${path:+$path }$w"
  done
  local choices=""
  case "$path" in
${pathCases}
  esac
  COMPREPLY=($(compgen -W "$choices" -- "$cur"))
}
complete -F _astana astana
`;
}

export function zshCompletion(spec: CompletionSpec): string {
  return `# astana completion for zsh. Load it with:  source <(astana completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(spec).split('\n').slice(1).join('\n')}`;
}

export function fishCompletion(spec: CompletionSpec): string {
  const lines = ['# astana completion for fish. Load it with:  astana completion fish | source', 'complete -c astana -f'];
  const top = [...new Set(spec.commands.map((c) => c.path.split(' ')[0]!))];
  lines.push(`complete -c astana -n '__fish_use_subcommand' -a '${words(top)}'`);
  for (const c of spec.commands) {
    const parts = c.path.split(' ');
    const seen = parts.map((p) => `__fish_seen_subcommand_from ${p}`).join('; and ');
    if (parts.length === 2) {
      lines.push(`complete -c astana -n '__fish_seen_subcommand_from ${parts[0]}; and not __fish_seen_subcommand_from ${parts[1]}' -a '${parts[1]}'`);
    }
    if (c.values.length > 0) lines.push(`complete -c astana -n '${seen}' -a '${words(c.values)}'`);
    for (const flag of c.flags) lines.push(`complete -c astana -n '${seen}' -l ${flag.replace(/^--/, '')}`);
  }
  for (const flag of spec.globalFlags) {
    const values = spec.flagValues[flag];
    const name = flag.replace(/^--/, '');
    if (values === 'dir') lines.push(`complete -c astana -l ${name} -r -F`);
    else if (values) lines.push(`complete -c astana -l ${name} -x -a '${words(values)}'`);
    else lines.push(`complete -c astana -l ${name}`);
  }
  for (const [flag, values] of Object.entries(spec.flagValues)) {
    if (spec.globalFlags.includes(flag) || values === 'dir') continue;
    lines.push(`complete -c astana -l ${flag.replace(/^--/, '')} -x -a '${words(values)}'`);
  }
  return `${lines.join('\n')}\n`;
}
