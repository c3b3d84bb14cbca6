/** The shared-rare-template rule: sessions that share a template few anomalous sessions have belong together. */
import type { AnomalousSession } from "./anomalous-session";
import type { IncidentConfig } from "./incident-config";
import type { TemplateSignature } from "./template-signatures";
import type { UnionFind } from "./union-find";

export type LinkConfig = Pick<IncidentConfig, "rareTemplateMaxShare" | "attributionTopK" | "attributedTemplateMaxShare">;

/**
 * Templates that may link the signatures containing them: rare ones, and ones a detector blamed
 * that are still uncommon. Idf already pulls such sessions together; this rule catches the ones
 * whose rare template is diluted by many routine ones.
 */
export function linkingTemplates(
  sortedSessions: readonly AnomalousSession[],
  documentFrequency: ReadonlyMap<number, number>,
  config: LinkConfig,
): Set<number> {
  const rareLimit = sessionLimit(config.rareTemplateMaxShare, sortedSessions.length);
  const attributedLimit = sessionLimit(config.attributedTemplateMaxShare, sortedSessions.length);
  const blamed = blamedTemplates(sortedSessions, config.attributionTopK);
  const linking = new Set<number>();
  for (const [templateId, sessions] of documentFrequency) {
    const limit = blamed.has(templateId) ? Math.max(rareLimit, attributedLimit) : rareLimit;
    if (sessions >= 2 && sessions <= limit) {
      linking.add(templateId);
    }
  }
  return linking;
}

/** Share 0 turns a rule off; otherwise at least 2, so a pair in a handful of sessions still links. */
function sessionLimit(share: number, total: number): number {
  return share === 0 ? 0 : Math.max(2, Math.floor(share * total));
}

/**
 * Each signature links only through its rarest linking template (ties: lowest id), to the first
 * signature that links through the same one. Linking through every rare template let them chain:
 * 20,000 sessions with random 8-of-400 template sets all fell into one incident.
 */
export function linkSignaturesByTemplates(
  signatures: readonly TemplateSignature[],
  linking: ReadonlySet<number>,
  documentFrequency: ReadonlyMap<number, number>,
  unions: UnionFind,
): void {
  const firstLinker = new Map<number, number>();
  signatures.forEach((signature, index) => {
    const rarest = rarestLinkingTemplate(signature.templateIds, linking, documentFrequency);
    if (rarest === undefined) {
      return;
    }
    const linker = firstLinker.get(rarest);
    if (linker === undefined) {
      firstLinker.set(rarest, index);
    } else {
      unions.union(linker, index);
    }
  });
}

function rarestLinkingTemplate(
  templateIds: readonly number[],
  linking: ReadonlySet<number>,
  documentFrequency: ReadonlyMap<number, number>,
): number | undefined {
  let rarest: number | undefined;
  for (const templateId of templateIds) {
    const isRarer =
      rarest === undefined || (documentFrequency.get(templateId) ?? 0) < (documentFrequency.get(rarest) ?? 0);
    if (linking.has(templateId) && isRarer) {
      rarest = templateId;
    }
  }
  return rarest;
}

/** Templates in some session's top-k positive attributions (ties broken by template id). */
export function blamedTemplates(sessions: readonly AnomalousSession[], topK: number): Set<number> {
  const blamed = new Set<number>();
  for (const session of sessions) {
    for (const attribution of topAttributions(session, topK)) {
      blamed.add(attribution.templateId);
    }
  }
  return blamed;
}

export function topAttributions(session: AnomalousSession, topK: number): { templateId: number; weight: number }[] {
  return (session.attributions ?? [])
    .filter((attribution) => attribution.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.templateId - b.templateId)
    .slice(0, topK);
}
