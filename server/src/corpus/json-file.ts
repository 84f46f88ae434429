import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CorpusProblem } from './corpus-error.js';

/** A parsed JSON data file that can say on which line any value of it stands. */
export class JsonFile {
  private constructor(
    readonly file: string,
    private readonly text: string,
    private readonly tree: Node,
    readonly value: unknown,
  ) {}

  static parse(file: string, text: string): JsonFile | CorpusProblem {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (first || !tree) {
      const offset = first?.offset ?? 0;
      return {
        file,
        line: lineAt(text, offset),
        entry: null,
        field: null,
        message: `not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`,
      };
    }
    return new JsonFile(file, text, tree, JSON.parse(text) as unknown);
  }

  /** Line (1-based) of the value at a path such as [3, 'quote', 'start']; the nearest existing ancestor otherwise. */
  lineOf(path: (string | number)[]): number {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = findNodeAtLocation(this.tree, path.slice(0, depth));
      if (node) return lineAt(this.text, node.offset);
    }
    return 1;
  }

  problem(path: (string | number)[], entry: string | null, message: string): CorpusProblem {
    const fieldPath = typeof path[0] === 'number' ? path.slice(1) : path;
    const field = fieldPath.length > 0 ? fieldPath.join('.') : null;
    return { file: this.file, line: this.lineOf(path), entry, field, message };
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
