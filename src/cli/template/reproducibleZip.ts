/**
 * exceljs stamps every zip entry with the time of writing, so two runs of the generator differ by
 * their bytes although their content is the same. Re-packing the entries, in the same order, with
 * one fixed date makes the committed template and sample byte-for-byte reproducible.
 */
import JSZip from "jszip";

export async function withFixedEntryDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return target.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
