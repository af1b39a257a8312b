/**
 * The benchmark suites. Each prints its own figures; nothing here asserts a time.
 * `npm run bench -- cli addin` runs a subset; `npm run bench` runs every suite marked `byDefault`
 * (the scale suite takes minutes: `npm run bench -- scale`).
 */
import os from "node:os";

type Suite = { name: string; byDefault: boolean; run: () => Promise<void> };

const suites: Suite[] = [
  { name: "cli", byDefault: true, run: async () => (await import("./cliBench")).runCliBench() },
  {
    name: "addin",
    byDefault: true,
    run: async () => (await import("./addinBench")).runAddinBench(),
  },
  {
    name: "scale",
    byDefault: false,
    run: async () => (await import("./scaleBench")).runScaleBench(),
  },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(
      `unknown suite(s): ${unknown.join(", ")}; known: ${suites.map((s) => s.name).join(", ")}`,
    );
    process.exit(64);
  }
  console.log(
    `chibo4tot bench · node ${process.version} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  for (const suite of suites) {
    if (wanted.length > 0 ? !wanted.includes(suite.name) : !suite.byDefault) continue;
    console.log(`\n== ${suite.name} ==`);
    await suite.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
