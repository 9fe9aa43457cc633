/** SDG targets as typed ("5.5, 5.a 5.c") → ["5.5", "5.a", "5.c"]; null when one is not a target. */
export function parseTargets(text: string): string[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every((p) => /^\d{1,2}\.(\d{1,2}|[a-z])$/.test(p))) return null;
  return [...new Set(parts)];
}

/**
 * The passage to tag from what the reader selected, when the selection lies in this section's
 * text: collapsed spaces, trimmed; '' otherwise. The server looks the passage up in the section's
 * Markdown, so a selection across formatting or an evidence value may need shortening.
 */
export function passageOf(selected: string): string {
  return selected.replace(/\s+/g, ' ').trim();
}
