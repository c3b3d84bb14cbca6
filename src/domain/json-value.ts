/** Any JSON value: what a JSON column holds when its shape belongs to whoever wrote it (parameters, metrics, tags). */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export type JsonObject = { [key in string]?: JsonValue };

/** JSON a column can be written with: a top-level null would be ambiguous (JSON null or no value), so leave the field out instead. */
export type JsonInput = Exclude<JsonValue, null>;
