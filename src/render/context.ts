import type { ChalkInstance } from 'chalk';

/** What a renderer may know about the output: decided once in cli.ts, passed down. */
export interface RenderContext {
  readonly chalk: ChalkInstance;
  readonly color: boolean;
  /** Wrap table cells to fit this width; undefined means never wrap. */
  readonly columns?: number;
}
