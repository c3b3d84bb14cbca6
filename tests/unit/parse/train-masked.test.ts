import { readFileSync } from "node:fs";
import { createContentMasker, Drain } from "../../../src/pipeline/parse";
import { loghubLogPath } from "../../support/shared-data";

describe("Drain.trainMasked", () => {
  it("learns exactly what train learns when the masking happened elsewhere", () => {
    const lines = (["Mac", "Thunderbird", "Zookeeper"] as const).flatMap((system) => readFileSync(loghubLogPath(system), "utf8").split("\n"));
    const direct = new Drain();
    const split = new Drain();
    const masker = createContentMasker();
    for (const line of lines) {
      expect(split.trainMasked(masker.mask(line))).toEqual(direct.train(line));
    }
    expect(split.toJSON()).toEqual(direct.toJSON());
  });
});
