/** JSON output: two-space indented, one trailing newline. Field order follows the query result. */
export function renderJson(result: unknown): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
