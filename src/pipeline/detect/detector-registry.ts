/** Creates detectors by kind and restores them from their JSON models: the one place families are listed. */
import { z } from "zod";
import { assertNever } from "../../domain/assert-never";
import type { Detector, DetectorKind } from "./detector";
import { IsolationForestDetector, IsolationForestModelSchema, type IsolationForestOptions } from "./isolation-forest.detector";
import { PcaDetector, PcaModelSchema, type PcaOptions } from "./pca.detector";

export interface DetectorOptionsByKind {
  pca: PcaOptions;
  "isolation-forest": IsolationForestOptions;
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
    default:
      return assertNever(request, "detector kind");
  }
}

const DetectorModelSchema = z.discriminatedUnion("kind", [PcaModelSchema, IsolationForestModelSchema]);

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
    default:
      return assertNever(model, "detector model");
  }
}
