/**
 * The shape of a parsed document, measured without the schema in one pass: how many operations,
 * field selections and aliases it asks for once fragments are expanded, how deep it nests, and
 * how many analyses it starts. Linear in the document, whatever its fragments expand to.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

export interface DocumentShape {
  operations: number;
  /** Field selections with every fragment spread expanded where it is used. */
  fields: number;
  aliases: number;
  /** Nesting of data fields; introspection (`__schema`, `__type`) is not counted, as before. */
  depth: number;
  analyses: number;
}

interface SelectionShape {
  fields: number;
  aliases: number;
  depth: number;
  analyses: number;
}

const EMPTY: SelectionShape = { fields: 0, aliases: 0, depth: 0, analyses: 0 };

export function measureDocument(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  // Each fragment is measured once: a fragment spread twice in each of ten nested fragments
  // expands to 2^10 copies, which must be counted, not walked.
  const measured = new Map<string, SelectionShape>();
  const measuring = new Set<string>();

  const fragmentShape = (name: string): SelectionShape => {
    const known = measured.get(name);
    const fragment = fragments.get(name);
    if (known || !fragment || measuring.has(name)) {
      // Unknown and cyclic spreads are validation errors, reported after this check.
      return known ?? EMPTY;
    }
    measuring.add(name);
    const shape = selectionShape(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, shape);
    return shape;
  };

  const selectionShape = (selectionSet: SelectionSetNode): SelectionShape => {
    const total = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      let shape: SelectionShape;
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? selectionShape(selection.selectionSet) : EMPTY;
        const introspection = selection.name.value.startsWith("__");
        shape = {
          fields: inner.fields + 1,
          aliases: inner.aliases + (selection.alias ? 1 : 0),
          depth: introspection ? 0 : inner.depth + 1,
          analyses: inner.analyses + (selection.name.value === "analyzeLogs" ? 1 : 0),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        shape = selectionShape(selection.selectionSet);
      } else {
        shape = fragmentShape(selection.name.value);
      }
      total.fields += shape.fields;
      total.aliases += shape.aliases;
      total.analyses += shape.analyses;
      total.depth = Math.max(total.depth, shape.depth);
    }
    return total;
  };

  const shape: DocumentShape = { operations: 0, ...EMPTY };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const operation = selectionShape(definition.selectionSet);
      shape.operations += 1;
      shape.fields += operation.fields;
      shape.aliases += operation.aliases;
      shape.analyses = Math.max(shape.analyses, operation.analyses);
      shape.depth = Math.max(shape.depth, operation.depth);
    }
  }
  return shape;
}
