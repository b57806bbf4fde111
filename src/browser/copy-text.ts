/**
 * Copies text to the clipboard. Where the clipboard API is refused (some embedded browsers, an insecure
 * origin), selects the given field and tries the older copy command. True only when it worked.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
