import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { buildFlareSchema } from "../../../src/api/build-schema";
import { REPO_DIR } from "../../support/run-flare";

const SCHEMA_FILE = path.join(REPO_DIR, "schema.graphql");

describe("schema.graphql", () => {
  it("is the printed form of the schema the server builds (UPDATE_SCHEMA=1 rewrites it)", async () => {
    const printed = `${printSchema(await buildFlareSchema())}\n`;
    if (process.env.UPDATE_SCHEMA === "1") {
      writeFileSync(SCHEMA_FILE, printed);
    }
    expect(readFileSync(SCHEMA_FILE, "utf8")).toEqual(printed);
  });
});
