import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** One field the query asks for below the one being resolved: its alias, its arguments (variables filled in) and what it asks for below. */
export interface Selected {
  name: string;
  alias: string;
  args: Record<string, unknown>;
  nodes: readonly FieldNode[];
}

type Context = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>;

/**
 * What a page's root field asks for, so that its resolver can read everything the page needs in
 * one Cypher statement and prime the loaders the nested fields read from. Fragments are followed
 * whatever their type condition and @skip/@include are ignored: at worst a page reads a little more
 * than it shows, never less (a field not read ahead loads itself as before).
 */
export class Lookahead {
  private constructor(
    private readonly context: Context,
    private readonly nodes: readonly FieldNode[],
  ) {}

  static of(info: GraphQLResolveInfo): Lookahead {
    return new Lookahead(info, info.fieldNodes);
  }

  /** Every selection of the field `name` directly below, one per alias (and per repetition). */
  all(name: string): Selected[] {
    const found: Selected[] = [];
    this.eachField((selection) => {
      if (selection.name.value !== name) return;
      found.push({
        name,
        alias: selection.alias?.value ?? name,
        args: Object.fromEntries(
          (selection.arguments ?? []).map((arg) => [
            arg.name.value,
            valueFromASTUntyped(arg.value, this.context.variableValues),
          ]),
        ),
        nodes: [selection],
      });
    });
    return found;
  }

  /** The names of every field asked for directly below. */
  names(): Set<string> {
    const found = new Set<string>();
    this.eachField((selection) => found.add(selection.name.value));
    return found;
  }

  private eachField(visitField: (selection: FieldNode) => void) {
    const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) visitField(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          visit(this.context.fragments[selection.name.value]?.selectionSet, seen);
        }
      }
    };
    for (const node of this.nodes) visit(node.selectionSet, new Set());
  }

  /** Whether the field `name` is asked for directly below. */
  has(name: string): boolean {
    return this.all(name).length > 0;
  }

  /** The selections below the field `name` (every alias merged), or null when it is not asked for. */
  below(name: string): Lookahead | null {
    const found = this.all(name);
    return found.length === 0 ? null : Lookahead.within(this.context, found);
  }

  /** A path of fields, each below the one before: `path('edges', 'node', 'source')`. */
  path(...names: string[]): Lookahead | null {
    return names.reduce<Lookahead | null>((current, name) => current?.below(name) ?? null, this);
  }

  static within(context: Context, selected: Selected[]): Lookahead {
    return new Lookahead(
      context,
      selected.flatMap((s) => s.nodes),
    );
  }

  /** Below one selection (one alias) of a field. */
  inside(selected: Selected): Lookahead {
    return Lookahead.within(this.context, [selected]);
  }
}
