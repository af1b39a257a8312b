import { minimalPackage, worksheetXml } from "./fixtures";
import { planFor } from "./plans";
import { writeMarkedCopy } from "../../src/xlsx/patch/writeMarkedCopy";
const N = 10000, M = 200000;
let rows = '<row r="5">' + Array.from({length: 21}, (_, i) => `<c r="${String.fromCharCode(65+i)}5" s="1" t="inlineStr"><is><t>H${i}</t></is></c>`).join("") + "</row>";
const dataRows: string[] = [];
for (let r = 7; r < 7 + N; r++) {
  let cells = "";
  for (let c = 0; c < 16; c++) cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r + c}</v></c>`;
  dataRows.push(`<row r="${r}" spans="1:16">${cells}</row>`);
}
rows += dataRows.join("");
const roster: string[] = [];
for (let r = 2; r < 2 + M; r++) roster.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Nguyễn Văn ${r}</t></is></c><c r="C${r}" t="inlineStr"><is><t>CB${r % 300}</t></is></c><c r="D${r}" t="inlineStr"><is><t>HTTNV</t></is></c></row>`);
const input = await minimalPackage([
  { name: "Chi bộ", xml: worksheetXml(rows, "", '<dimension ref="A1:P10006"/>') },
  { name: "Đảng viên", xml: worksheetXml(roster.join("")) },
]);
console.log("input MB", (input.length / 1e6).toFixed(1));
const plan = planFor({ dataRows: N });
plan.marks[0].cells = Array.from({ length: N }, (_, i) => `D${7 + i}`);
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  const out = await writeMarkedCopy(input, plan);
  console.log("ms", Math.round(performance.now() - t), (out.length / 1e6).toFixed(1));
  if (k === 0) { const t2 = performance.now(); await writeMarkedCopy(out, { ...plan, replaceReportSheet: "Kết quả kiểm tra" }); console.log("reapply ms", Math.round(performance.now() - t2)); }
}
const planNoRoster = { ...plan, marks: plan.marks.filter((m) => m.sheet !== "Đảng viên") };
const t = performance.now(); await writeMarkedCopy(input, planNoRoster); console.log("no roster marks ms", Math.round(performance.now() - t));
