type Yaml = typeof import('yaml');

let yamlModule: Promise<Yaml> | undefined;

/**
 * `yaml` is loaded only when needed: a file for the slow parser, a position for a problem, or
 * YAML output. It is a CommonJS package: once bundled into its own chunk, its exports arrive as
 * the default export.
 */
export const loadYaml = (): Promise<Yaml> =>
  (yamlModule ??= import('yaml').then((m) => ('LineCounter' in m ? m : (m as unknown as { default: Yaml }).default)));
