/** Creates detectors by kind and restores them from their JSON models, by looking the family up in the table. */
import { z } from "zod";
import type { Detector } from "./detector";
import { DETECTOR_FAMILIES, DETECTOR_KINDS, detectorFamily, type DetectorKind, type DetectorOptionsByKind } from "./detector-families";

/** Options are merged over the family's defaults and validated by the family; bad ones throw here. */
export function createDetector<K extends DetectorKind>(kind: K, options: Partial<DetectorOptionsByKind[K]> = {}): Detector {
  if (!Object.hasOwn(DETECTOR_FAMILIES, kind)) {
    throw new RangeError(`unknown detector kind ${JSON.stringify(kind)}; expected one of ${DETECTOR_KINDS.join(", ")}`);
  }
  return detectorFamily(kind).create(options);
}

/** Only the tag, to pick the family whose schema then checks the whole model. */
const ModelKindSchema = z.object({ kind: z.enum(DETECTOR_KINDS) });

/** Restores a detector saved with `toJSON()`; throws RangeError('invalid detector model: …') otherwise. */
export function loadDetector(json: unknown): Detector {
  const tagged = ModelKindSchema.safeParse(json);
  if (!tagged.success) {
    throw invalidModel(tagged.error);
  }
  const family = detectorFamily(tagged.data.kind);
  const parsed = family.modelSchema.safeParse(json);
  if (!parsed.success) {
    throw invalidModel(parsed.error);
  }
  return family.load(parsed.data);
}

function invalidModel(error: z.ZodError): RangeError {
  const issues = error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return new RangeError(`invalid detector model: ${issues.join("; ")}`);
}
