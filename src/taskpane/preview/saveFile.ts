/** Starts a browser download of bytes made on this computer (no server involved). */
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";

export function saveFile(bytes: Uint8Array, fileName: string): void {
  const type = fileName.toLowerCase().endsWith(".xlsm") ? XLSM_MIME : XLSX_MIME;
  // The bytes never live in a SharedArrayBuffer; the cast only satisfies the DOM typings.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
