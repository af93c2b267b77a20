/** Text made safe to place in HTML or XML, in an element or a quoted attribute (numeric references suit both). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
