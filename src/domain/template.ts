/** A log template mined by the parse stage; `<*>` marks a parameter. */
export interface LogTemplate {
  /** Stable small integer id, assigned in order of first appearance (1-based). */
  id: number;
  template: string;
  /** Lines matched so far. */
  size: number;
}

/** How training on one line changed the miner's state. */
export type TemplateChange = "created" | "template-changed" | "none";

export interface ParsedLine {
  templateId: number;
  change: TemplateChange;
}

/** Printable event id for a template id, as LogHub writes them (E1, E2, ...). */
export function eventIdOf(templateId: number): string {
  return `E${templateId}`;
}
