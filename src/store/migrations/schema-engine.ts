/**
 * Prisma's schema engine as WebAssembly, so migration SQL can be generated with no native
 * binary and no network. The package's entry imports the .wasm file as an ES module, which
 * Node 20 cannot do without flags, so the module is instantiated by hand (STACK.md §1).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export interface DiffTarget {
  tag: string;
  [key: string]: unknown;
}

export interface DiffResult {
  /** 0: no difference; 2: `stdout` holds the SQL that goes from `from` to `to`. */
  exitCode: number;
  stdout: string;
}

export interface SchemaEngine {
  diff(params: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean; filters: object }): Promise<DiffResult>;
}

interface EngineBindings {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: { new: (options: object, log: (message: string) => void, adapter: object) => Promise<SchemaEngine> };
}

/** The three WebAssembly calls used here; lib ES2023 has no WebAssembly types and Node's are not loaded. */
declare const WebAssembly: {
  Module: { new (bytes: Uint8Array): object; imports(module: object): { module: string }[] };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function loadBindings(): Promise<EngineBindings> {
  // A real dynamic import: the bindings are an ES module and this file compiles to CommonJS.
  const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineBindings;
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const module = new WebAssembly.Module(readFileSync(path.join(packageDir, "schema_engine_bg.wasm")));
  const imports = Object.fromEntries(
    WebAssembly.Module.imports(module).map(({ module: name }) => [name, bindings]),
  );
  const instance = new WebAssembly.Instance(module, imports);
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** The engine queries its adapter's database at construction, even for file-only diffs (G1). */
export async function createSchemaEngine(schemaText: string, adapter: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const bindings = await loadBindings();
  const log = (): void => undefined;
  return bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, log, bindMigrationAwareSqlAdapterFactory(adapter));
}
