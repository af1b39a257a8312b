/**
 * Every batch the edge runs goes through here: Excel.run with its errors turned into HostErrors,
 * so callers (task pane, ribbon commands) always get a message in both languages.
 */
/* global Excel */
import { toHostError } from "./officeErrors";

export async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}
