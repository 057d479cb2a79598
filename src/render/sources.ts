import type { RenderContext } from './context.js';
import { paragraph } from './table.js';

/** A title ended as a sentence, so that a note after it does not read as part of it. */
const closed = (title: string): string => (/[.!?…]$/u.test(title) ? title : `${title}.`);

export interface ListedSource {
  readonly url: string;
  readonly publisher: string;
  readonly title: string;
  readonly date?: string;
  readonly note?: string;
  /** The meeting that cites it, where a list spans several meetings. */
  readonly meeting?: string;
}

/**
 * Numbers sources in the order they are first referred to, so table cells can cite "[3]"
 * and the URLs, which must never be cut, go whole into the list under the tables.
 */
export class SourceNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #listed: ListedSource[] = [];

  /** The number of a source, given a key unique to it (its id, with its meeting where ids repeat). */
  number(key: string, source: ListedSource): number {
    let n = this.#numbers.get(key);
    if (n === undefined) {
      this.#listed.push(source);
      this.#numbers.set(key, (n = this.#listed.length));
    }
    return n;
  }

  /**
   * A table cell citing sources of one meeting, "[1] [3]"; the key includes the meeting, since
   * two meetings' files may use the same source id for different pages.
   */
  cite(meeting: string, sources: readonly (ListedSource & { readonly id: string })[]): string {
    return cite(sources.map((s) => this.number(`${meeting}#${s.id}`, { ...s, meeting })));
  }

  /** The marks to follow a text, " [1] [3]", or nothing where no page is given. */
  after(meeting: string, sources: readonly (ListedSource & { readonly id: string })[] | undefined): string {
    return sources && sources.length > 0 ? ` ${this.cite(meeting, sources)}` : '';
  }

  /** Numbers every source in order, each under its own meeting, for a list with no table. */
  static of(sources: readonly (ListedSource & { readonly id: string; readonly meeting: string })[]): SourceNumbers {
    const numbers = new SourceNumbers();
    for (const s of sources) numbers.number(`${s.meeting}#${s.id}`, s);
    return numbers;
  }

  get size(): number {
    return this.#listed.length;
  }

  /**
   * The numbered list: publisher, date and title wrapped under the number, the URL on a line of
   * its own, whole. A URL wider than the terminal is printed alone, unindented, for the terminal
   * to wrap softly so that it can still be copied or clicked. `only` keeps those numbers.
   */
  list(ctx: RenderContext, only?: ReadonlySet<number>): string {
    const width = ctx.columns ?? 80;
    const pad = String(this.#listed.length).length + 3;
    return this.#listed
      .map((s, i) => {
        if (only && !only.has(i + 1)) return '';
        const label = `[${i + 1}]`.padEnd(pad);
        const about = [s.meeting, s.publisher, s.date].filter(Boolean).join(', ');
        const head = paragraph(ctx, `${label}${about}. ${s.note ? `${closed(s.title)} Note: ${s.note}` : s.title}`, pad);
        const url = pad + s.url.length <= width ? `${' '.repeat(pad)}${s.url}` : s.url;
        return `${head}${url}\n`;
      })
      .join('');
  }
}

/** "[1] [4]" for a table cell. */
export const cite = (numbers: readonly number[]): string => [...new Set(numbers)].sort((a, b) => a - b).map((n) => `[${n}]`).join(' ');
