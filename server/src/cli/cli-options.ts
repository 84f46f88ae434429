/** The value of `--name VALUE` or `--name=VALUE`, or null. */
export function optionValue(argv: readonly string[], name: string): string | null {
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  if (inline) return inline.slice(name.length + 1);
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

/** Progress and notes go to stderr, so stdout stays the command's answer (JSON, CSV, …). */
export const log = (line: string) => console.error(`[kb] ${line}`);
