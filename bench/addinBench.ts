/**
 * The add-in's Office.js edge through the recording fake, for 100, 1,000 and 10,000 Party cells
 * with 20-member rosters and without a roster: how many syncs a "Chấm điểm" takes (reading and
 * writing), the largest request and response (Excel on the web refuses either above 5 MB), and
 * the time spent. Without a roster the count stays the same from 100 to 10,000 cells; with a
 * 200,000-member roster the read is cut into requests of at most 4 MB, one sync each, as the 5 MB
 * limit requires. Run by `npm run bench`. The fake is in-memory, so times measure the edge and the
 * engine, not Excel.
 */
import { performance } from "node:perf_hooks";
import { scoreWorkbookIn } from "../src/excel/scoreWorkbook";
import { WEB_PAYLOAD_LIMIT_BYTES } from "../src/excel/payloadBudget";
import { createRecordingExcel } from "../test/fakes/recordingExcel";
import { syntheticGrid } from "../test/fakes/syntheticGrid";

const SIZES = [100, 1_000, 10_000];
const MEMBERS_PER_CELL = [20, 0];

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

export async function runAddinBench(): Promise<void> {
  line("Add-in edge (Office.js through the recording fake)");
  line(
    `Excel on the web limit: ${megabytes(WEB_PAYLOAD_LIMIT_BYTES)} per request and per response`,
  );
  line("cells   | members | syncs (read + write) | largest request | largest response | time");
  for (const membersPerCell of MEMBERS_PER_CELL)
    for (const cells of SIZES) {
      const fake = createRecordingExcel();
      fake.loadGrid(syntheticGrid({ cells, membersPerCell }));
      const restore = fake.install();
      try {
        const started = performance.now();
        let readSyncs = 0;
        await fake.run(async (context) => {
          await scoreWorkbookIn(context, {
            lang: "vi",
            now: () => new Date("2025-12-01T08:00:00+07:00"),
            onProgress: (progress) => {
              if (progress.phase === "checking") readSyncs = fake.syncCount;
            },
          });
        });
        const elapsed = performance.now() - started;
        const failed = fake.syncs.filter((s) => s.error !== null).length;
        line(
          `${String(cells).padEnd(7)} | ${String(cells * membersPerCell).padStart(7)} | ${String(fake.syncCount).padStart(3)} (${readSyncs} + ${fake.syncCount - readSyncs})` +
            `${failed ? `, ${failed} refused` : ""}`.padEnd(14) +
            ` | ${megabytes(fake.maxRequestBytes).padStart(15)} | ${megabytes(fake.maxResponseBytes).padStart(16)} | ${(elapsed / 1000).toFixed(2)} s`,
        );
      } finally {
        restore();
      }
    }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAddinBench().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
