import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { DEFAULT_MASKING_RULES } from "../../../src/pipeline/parse";
import { KnownForms } from "../../../src/pipeline/parse/known-forms";
import { maskLine } from "../../../src/pipeline/parse/line-masker";
import { LOGHUB_2K_SYSTEMS, loghubTruthPath } from "../../support/shared-data";

const mask = (line: string): string => maskLine(line, DEFAULT_MASKING_RULES);

function knowing(lines: string[]): KnownForms {
  const known = new KnownForms(10_000);
  lines.forEach((line) => known.remember(mask(line)));
  return known;
}

describe("KnownForms.recognise", () => {
  it.each([
    ["another instance of a form", ["Received block blk_123456 of size 67108864 from /10.0.0.1"], "Received block blk_-99887766 of size 3 from /10.0.0.2"],
    ["a line of one word", ["LOOKING"], "LOOKING"],
    ["a size unit folded into its number", ["stored (estimated size 5.8 KB, free 408.5 MB)"], "stored (estimated size 17 B, free 2 GB)"],
    ["a date that takes several words", ["status=M Fri Jul 01 08:16:53 PDT 2005 ok"], "status=M Sat Aug 02 09:00:00 PDT 2005 ok"],
  ])("returns the form of %s", (_case, seen, line) => {
    expect(knowing(seen).recognise(line, DEFAULT_MASKING_RULES)).toBe(mask(line));
  });

  it.each([
    ["different whitespace", ["a b 12 c"], "a b  12 c"],
    ["a tab for a space", ["a b 12 c"], "a b\t12 c"],
    ["leading whitespace", ["a b 12 c"], " a b 12 c"],
    ["trailing whitespace", ["a b 12 c"], "a b 12 c "],
    ["an extra word", ["a b 12 c"], "a b 12 c d"],
    ["a missing word", ["a b 12 c"], "a b 12"],
    ["a parameter where a word was", ["a b 12 c"], "a b 12 13"],
    ["a word where a parameter was", ["a b 12 c"], "a b c c"],
    ["a literal weekday that starts a date here", ["job ran on Fri 123456"], "job ran on Fri Jul 12"],
    ["a number whose unit folds here but not there", ["x y 5 apples"], "x y 5 KB"],
    ["an empty line", ["a"], ""],
  ])("declines %s", (_case, seen, line) => {
    expect(knowing(seen).recognise(line, DEFAULT_MASKING_RULES)).toBeUndefined();
  });

  it("remembers nothing with no capacity", () => {
    const known = new KnownForms(0);
    known.remember("a b <*>");
    expect(known.recognise("a b 1", DEFAULT_MASKING_RULES)).toBeUndefined();
  });

  it("always agrees with maskLine on the LogHub-2k lines", () => {
    for (const system of LOGHUB_2K_SYSTEMS) {
      const lines = (parse(readFileSync(loghubTruthPath(system)), { columns: true }) as { Content: string }[]).map((row) => row.Content);
      const known = knowing(lines.slice(0, 1000));
      for (const line of lines) {
        const found = known.recognise(line, DEFAULT_MASKING_RULES);
        if (found !== undefined) {
          expect([system, found]).toEqual([system, mask(line)]);
        }
      }
    }
  });
});
