/**
 * biblatex's `langid` for each ISO 639-1 code the data's sources use. biblatex wants the name of
 * a language that babel or polyglossia knows, case-sensitive (`russian`, not `ru`): with its
 * `autolang` option it switches hyphenation, and its own strings where it has them, entry by
 * entry. Each name here is one babel ships a locale for (locale/<code>/babel-<name>.tex in TeX
 * Live 2022), and biblatex 3.18 under babel switched to each, warning only, for those it has no
 * strings of its own for, that it used its defaults. A code missing from the table gets no langid:
 * a guessed name switches nothing and costs a warning, while no langid leaves the entry in the
 * document's language.
 */
const languageNames: Readonly<Record<string, string>> = {
  ar: 'arabic',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fa: 'persian',
  fr: 'french',
  he: 'hebrew',
  id: 'indonesian',
  it: 'italian',
  kk: 'kazakh',
  ru: 'russian',
  sw: 'swahili',
  tr: 'turkish',
  vi: 'vietnamese',
};

/** The biblatex langid of an ISO 639-1 code, or undefined where no name is known. */
export function langid(code: string): string | undefined {
  return Object.hasOwn(languageNames, code) ? languageNames[code] : undefined;
}

/** The codes the table names, for tests that check the data's languages against it. */
export const namedLanguages: readonly string[] = Object.keys(languageNames);
