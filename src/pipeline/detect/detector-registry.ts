/** Creates detectors by kind and restores them from their JSON models: the one place families are listed. */
import { z } from "zod";
import { assertNever } from "../../domain/assert-never";
import type { Detector, DetectorKind } from "./detector";
import { InvariantsMiningDetector, InvariantsMiningModelSchema, type InvariantsMiningOptions } from "./invariants-mining.detector";
import { IsolationForestDetector, IsolationForestModelSchema, type IsolationForestOptions } from "./isolation-forest.detector";
import { LocalOutlierFactorDetector, LocalOutlierFactorModelSchema, type LocalOutlierFactorOptions } from "./local-outlier-factor.detector";
import { NgramSequenceDetector, NgramSequenceModelSchema, type NgramSequenceOptions } from "./ngram-sequence.detector";
import { OneClassSvmDetector, OneClassSvmModelSchema, type OneClassSvmOptions } from "./one-class-svm.detector";
import { PcaDetector, PcaModelSchema, type PcaOptions } from "./pca.detector";
import { RobustCovarianceDetector, RobustCovarianceModelSchema, type RobustCovarianceOptions } from "./robust-covariance.detector";

export interface DetectorOptionsByKind {
  pca: PcaOptions;
  "isolation-forest": IsolationForestOptions;
  "local-outlier-factor": LocalOutlierFactorOptions;
  "one-class-svm": OneClassSvmOptions;
  "robust-covariance": RobustCovarianceOptions;
  "invariants-mining": InvariantsMiningOptions;
  "ngram-sequence": NgramSequenceOptions;
}

type DetectorRequest = { [K in DetectorKind]: { kind: K; options: Partial<DetectorOptionsByKind[K]> } }[DetectorKind];

export function createDetector<K extends DetectorKind>(kind: K, options: Partial<DetectorOptionsByKind[K]> = {}): Detector {
  // One cast pairs `kind` with its options; TypeScript cannot narrow a generic K in a switch.
  const request = { kind, options } as DetectorRequest;
  switch (request.kind) {
    case "pca":
      return new PcaDetector(request.options);
    case "isolation-forest":
      return new IsolationForestDetector(request.options);
    case "local-outlier-factor":
      return new LocalOutlierFactorDetector(request.options);
    case "one-class-svm":
      return new OneClassSvmDetector(request.options);
    case "robust-covariance":
      return new RobustCovarianceDetector(request.options);
    case "invariants-mining":
      return new InvariantsMiningDetector(request.options);
    case "ngram-sequence":
      return new NgramSequenceDetector(request.options);
    default:
      return assertNever(request, "detector kind");
  }
}

const DetectorModelSchema = z.discriminatedUnion("kind", [
  PcaModelSchema,
  IsolationForestModelSchema,
  LocalOutlierFactorModelSchema,
  OneClassSvmModelSchema,
  RobustCovarianceModelSchema,
  InvariantsMiningModelSchema,
  NgramSequenceModelSchema,
]);

/** Restores a detector saved with `toJSON()`; throws RangeError('invalid detector model: …') otherwise. */
export function loadDetector(json: unknown): Detector {
  const parsed = DetectorModelSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new RangeError(`invalid detector model: ${issues.join("; ")}`);
  }
  const model = parsed.data;
  switch (model.kind) {
    case "pca":
      return PcaDetector.fromModel(model);
    case "isolation-forest":
      return IsolationForestDetector.fromModel(model);
    case "local-outlier-factor":
      return LocalOutlierFactorDetector.fromModel(model);
    case "one-class-svm":
      return OneClassSvmDetector.fromModel(model);
    case "robust-covariance":
      return RobustCovarianceDetector.fromModel(model);
    case "invariants-mining":
      return InvariantsMiningDetector.fromModel(model);
    case "ngram-sequence":
      return NgramSequenceDetector.fromModel(model);
    default:
      return assertNever(model, "detector model");
  }
}
