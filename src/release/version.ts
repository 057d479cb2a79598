/**
 * Data versions, as data packages version themselves: MAJOR.MINOR.PATCH, where a patch release
 * corrects facts, a minor release adds facts (or fields), and a major release changes the shape
 * of the facts, so that a script written for the old shape would misread the new.
 */
export type Level = 'major' | 'minor' | 'patch';

const pattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export const isVersion = (text: string): boolean => pattern.test(text);

const parts = (version: string): [number, number, number] => version.split('.').map(Number) as [number, number, number];

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function bumped(version: string, level: Level): string {
  const [major, minor, patch] = parts(version);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const rank: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

/** What a release from `previous` must at least be, given what changed. */
export interface Needed {
  readonly level: Level;
  readonly why: string;
}

/**
 * Whether `next` may follow `previous` when the changes need `needed`: it must be the next
 * version at that level or a higher one (1.2.3 → 1.2.4, 1.3.0 or 2.0.0), never a skip or a step
 * back. Returns the reason it may not, or undefined.
 */
export function refuseVersion(previous: string | undefined, next: string, needed: Needed | undefined): string | undefined {
  if (!isVersion(next)) return `'${next}' is not a version: give MAJOR.MINOR.PATCH, such as 1.2.0`;
  if (previous === undefined) return undefined;
  if (needed === undefined) return `nothing changed since ${previous}: there is nothing to release`;
  const allowed = (['patch', 'minor', 'major'] as const).filter((l) => rank[l] >= rank[needed.level]).map((l) => bumped(previous, l));
  if (allowed.includes(next)) return undefined;
  return `${next} cannot follow ${previous}: ${needed.why}, so the next version is ${allowed.join(' or ')}`;
}

const facts = (n: number, verb: string): string => `${n} ${n === 1 ? `fact was ${verb}` : `facts were ${verb}`}`;
const some = (items: readonly string[]): string => `${items.slice(0, 3).join(', ')}${items.length > 3 ? ` and ${items.length - 3} more` : ''}`;

/**
 * The least a release must be, from what changed since the previous one: a field of the schemas
 * gone or renamed needs a major release; a fact or a field added, a minor one; facts corrected,
 * removed or sourced anew, a patch. Undefined when nothing changed.
 */
export function neededLevel(changes: readonly { readonly change: string }[], oldShape: readonly string[], newShape: readonly string[]): Needed | undefined {
  const before = new Set(oldShape);
  const after = new Set(newShape);
  const gone = oldShape.filter((p) => !after.has(p));
  if (gone.length > 0) return { level: 'major', why: `fields of the data are gone or renamed (${some(gone)})` };
  const fields = newShape.filter((p) => !before.has(p));
  const added = changes.filter((c) => c.change === 'added').length;
  if (added > 0 || fields.length > 0) return { level: 'minor', why: [added > 0 ? facts(added, 'added') : '', fields.length > 0 ? `fields were added (${some(fields)})` : ''].filter(Boolean).join(' and ') };
  if (changes.length > 0) return { level: 'patch', why: facts(changes.length, 'corrected, removed or sourced anew') };
  return undefined;
}
