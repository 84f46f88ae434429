/** One problem in a data file, located so a curator can go straight to it. */
export interface CorpusProblem {
  file: string;
  line: number;
  entry: string | null;
  field: string | null;
  message: string;
}

export function formatProblem(p: CorpusProblem): string {
  const where = `${p.file}:${p.line}`;
  const entry = p.entry ? ` [${p.entry}]` : '';
  const field = p.field ? ` ${p.field}:` : '';
  return `${where}${entry}${field} ${p.message}`;
}

export class CorpusInvalidError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `the data files do not validate (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}
