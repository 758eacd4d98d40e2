/** Escaping for text and attribute values placed in HTML (and in Markdown, which passes HTML through). */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five HTML-significant characters; safe in text and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escapes text for Markdown: tags and entities neutralised, inline-markup punctuation backslashed, one line. */
export function escapeMarkdown(text: string): string {
  // Quotes stay as they are: Markdown renders text, not attributes, and `&#39;` would show up literally in
  // plain-text viewers. A leading "#" cannot occur because every cell and line starts with our own text.
  return text
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!)
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\s*\r?\n\s*/g, ' ');
}

/** A link target that cannot run script: http(s) URLs pass, anything else becomes null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
