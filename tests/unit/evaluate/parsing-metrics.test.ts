import { scoreParsing } from "../../../src/evaluate/parsing-metrics";

const truth = [
  { lineId: 1, template: "user <*> logged in" },
  { lineId: 2, template: "user <*> logged in" },
  { lineId: 3, template: "disk <*> full" },
];

describe("scoreParsing", () => {
  it("groups by event id: one group for two true templates is no exact group, though two texts are right", () => {
    const predicted = [1, 2, 3].map((lineId) => ({ lineId, eventId: "E1", template: "user  <*> logged in " }));
    expect(scoreParsing(predicted, truth)).toEqual({ lines: 3, missing: 0, trueTemplates: 2, predictedTemplates: 1, GA: 0, FGA: 0, PA: 2 / 3, FTA: 0 });
  });

  it("groups by template text, whitespace-normalised, when there is no event id", () => {
    const predicted = [
      { lineId: "1", template: "user  <*> logged in" },
      { lineId: " 2 ", template: "user <*> logged in" },
      { lineId: 3, template: "disk <*> full" },
    ];
    expect(scoreParsing(predicted, truth)).toEqual({ lines: 3, missing: 0, trueTemplates: 2, predictedTemplates: 2, GA: 1, FGA: 1, PA: 1, FTA: 1 });
  });
});
