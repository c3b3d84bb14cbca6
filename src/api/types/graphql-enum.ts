import { registerEnumType } from "type-graphql";

export type GraphqlEnum<V extends string> = { readonly [K in V as Uppercase<K>]: K };

/**
 * A GraphQL enum over one of the domain's lists of string literals, registered with type-graphql:
 * each member is named by its value in upper case and resolves to the value itself, so domain
 * objects need no mapping and a value added to the list is in the schema at once.
 */
export function graphqlEnum<const V extends string>(values: readonly V[], name: string, description: string): GraphqlEnum<V> {
  const members = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as GraphqlEnum<V>;
  registerEnumType(members, { name, description });
  return members;
}
