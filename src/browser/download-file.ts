/** Starts the download of a file made on this device; nothing is sent anywhere. */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Keep the object URL long enough for the download to start, then let the browser free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
