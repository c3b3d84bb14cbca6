/** The fitted column set and weights of a feature spec: fit on training sessions, reused to score new ones. */
import { z } from "zod";
import type { FeatureMatrix } from "../../domain/feature-matrix";
import type { Session } from "../../domain/session";
import { checkTemplateId, ColumnLayout } from "./column-layout";
import { FeatureSpecSchema, type FeatureSpec } from "./feature-spec";
import { applyColumnScaling, applyIdf, fitColumnScaling, fitIdf, normaliseTermsL2, writeTermRows, type ColumnScaling } from "./feature-rows";

const FeatureVocabularySchema = z.object({
  version: z.literal(1),
  kind: z.literal("feature-vocabulary"),
  spec: FeatureSpecSchema,
  templateIds: z.array(z.number().int().nonnegative()),
  bigrams: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  idf: z.array(z.number()).nullable(),
  scaling: z.object({ mean: z.array(z.number()), scale: z.array(z.number()) }).nullable(),
});

export type FeatureVocabularyJson = z.infer<typeof FeatureVocabularySchema>;

export class FeatureVocabulary {
  private readonly layout: ColumnLayout;

  private constructor(
    readonly spec: FeatureSpec,
    templateIds: readonly number[],
    bigrams: readonly (readonly [number, number])[],
    private idf: number[] | null = null,
    private scaling: ColumnScaling | null = null,
  ) {
    this.layout = new ColumnLayout(spec, templateIds, bigrams);
  }

  /** Fits columns, idf and column scaling on `sessions` and returns their matrix too. */
  static fitTransform(sessions: readonly Session[], spec: FeatureSpec): { vocabulary: FeatureVocabulary; matrix: FeatureMatrix } {
    const { templateIds, bigrams } = collectTerms(sessions, spec.bigrams);
    const vocabulary = new FeatureVocabulary(spec, templateIds, bigrams);
    const { layout } = vocabulary;
    const values = writeTermRows(sessions, layout);
    if (spec.weighting === "tf-idf") {
      vocabulary.idf = fitIdf(values, layout);
    }
    vocabulary.weightTerms(values);
    if (spec.normalisation === "zero-mean" || spec.normalisation === "standard") {
      vocabulary.scaling = fitColumnScaling(values, layout.cols, spec.normalisation === "standard");
      applyColumnScaling(values, layout.cols, vocabulary.scaling);
    }
    return { vocabulary, matrix: vocabulary.toMatrix(sessions, values) };
  }

  static fit(sessions: readonly Session[], spec: FeatureSpec): FeatureVocabulary {
    return FeatureVocabulary.fitTransform(sessions, spec).vocabulary;
  }

  get columnNames(): string[] {
    return [...this.layout.columnNames];
  }

  /** Rows for new sessions with the fitted columns and weights (unknown templates → `<unseen>`). */
  transform(sessions: readonly Session[]): FeatureMatrix {
    const values = writeTermRows(sessions, this.layout);
    this.weightTerms(values);
    if (this.scaling) {
      applyColumnScaling(values, this.layout.cols, this.scaling);
    }
    return this.toMatrix(sessions, values);
  }

  toJSON(): FeatureVocabularyJson {
    return {
      version: 1,
      kind: "feature-vocabulary",
      spec: { ...this.spec },
      templateIds: [...this.layout.templateIds],
      bigrams: this.layout.bigrams.map(([a, b]) => [a, b]),
      idf: this.idf && [...this.idf],
      scaling: this.scaling && { mean: [...this.scaling.mean], scale: [...this.scaling.scale] },
    };
  }

  static fromJSON(json: unknown): FeatureVocabulary {
    const parsed = FeatureVocabularySchema.safeParse(json);
    if (!parsed.success) {
      throw new RangeError(`invalid feature vocabulary: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    const { spec, templateIds, bigrams, idf, scaling } = parsed.data;
    const vocabulary = new FeatureVocabulary(spec, templateIds, bigrams, idf, scaling);
    const { cols, termEnd } = vocabulary.layout;
    if ((idf && idf.length !== termEnd) || (scaling && (scaling.mean.length !== cols || scaling.scale.length !== cols))) {
      throw new RangeError(`invalid feature vocabulary: idf/scaling lengths do not match ${cols} columns`);
    }
    return vocabulary;
  }

  private weightTerms(values: Float64Array): void {
    if (this.idf) {
      applyIdf(values, this.layout, this.idf);
    }
    if (this.spec.normalisation === "l2") {
      normaliseTermsL2(values, this.layout);
    }
  }

  private toMatrix(sessions: readonly Session[], values: Float64Array): FeatureMatrix {
    return { rows: sessions.length, cols: this.layout.cols, values, rowKeys: sessions.map((s) => s.id), columnNames: this.columnNames };
  }
}

/** Distinct template ids and transitions, ascending, so the columns do not depend on session order. */
function collectTerms(sessions: readonly Session[], withBigrams: boolean) {
  const templates = new Set<number>();
  const pairs = new Map<string, [number, number]>();
  for (const { templateIds: ids } of sessions) {
    for (let i = 0; i < ids.length; i++) {
      if (!templates.has(ids[i])) {
        checkTemplateId(ids[i]);
        templates.add(ids[i]);
      }
      if (withBigrams && i > 0) {
        pairs.set(`${ids[i - 1]}>${ids[i]}`, [ids[i - 1], ids[i]]);
      }
    }
  }
  const bigrams = [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { templateIds: [...templates].sort((a, b) => a - b), bigrams };
}
