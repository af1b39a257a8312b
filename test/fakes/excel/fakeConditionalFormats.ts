/**
 * Conditional formats in the fake. As in Office.js they live on a Range or RangeAreas (there is no
 * Worksheet.conditionalFormats); a range's collection holds the sheet's formats that intersect it.
 * A custom format keeps its formula text exactly as the add-in wrote it.
 *
 * Priorities are one contiguous order per sheet, 0 first. Excel API reference,
 * ConditionalFormatCollection.add: "Adds a new conditional format to the collection at the
 * first/top priority." ConditionalFormat.priority (ExcelApi 1.6): "Changing this also changes
 * other conditional formats' priorities, to allow for a contiguous priority order. Use a negative
 * priority to begin from the back. Priorities greater than the bounds will get and set to the
 * maximum (or minimum if negative) priority. Also note that if you change the priority, you have
 * to re-fetch a new copy of the object at that new priority location if you want to make further
 * changes to it." The fake takes that literally: once a copy has changed a format's priority, it
 * stands for the priority location it had, so a further change made through it lands on whatever
 * format is now there.
 */
import { intersects } from "./fakeAddress";
import {
  assertWritable,
  FakeContext,
  FakeOfficeError,
  FakeProxy,
  itemNotFound,
  jsonBytes,
  parseLoadSpec,
  type AreasTarget,
} from "./fakeContext";
import type { FakeConditionalFormat as StoredFormat, FakeSheet } from "./fakeModel";

interface FormatTarget {
  sheet: FakeSheet;
  format: StoredFormat;
}

export class FakeConditionalFormatCollection {
  private loadedItems: FakeConditionalFormat[] | null = null;

  constructor(
    readonly context: FakeContext,
    private readonly resolve: () => AreasTarget | null,
  ) {}

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load() and sync().",
      );
    }
    return this.loadedItems;
  }

  private current(): FormatTarget[] {
    const t = this.resolve();
    if (!t) return [];
    return t.sheet.conditionalFormats
      .filter((f) => f.areas.some((a) => t.areas.some((b) => intersects(a, b))))
      .map((format) => ({ sheet: t.sheet, format }));
  }

  load(spec?: string | string[]): this {
    const names = parseLoadSpec(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue({ load: names }, () => {
      const targets = this.current();
      const items = targets.map((t) => new FakeConditionalFormat(this.context, () => t));
      const values = targets.map((t) =>
        Object.fromEntries(names.map((n) => [n, readFormatProperty(n, t)])),
      );
      return {
        responseBytes: jsonBytes(values),
        commit: () => {
          items.forEach((item, i) => item.acceptLoaded(values[i]));
          this.loadedItems = items;
        },
      };
    });
    return this;
  }

  add(type: string): FakeConditionalFormat {
    let created: FormatTarget | null = null;
    this.context.enqueue({ add: type }, () => {
      const t = this.resolve();
      if (!t) throw itemNotFound("range for a conditional format");
      assertWritable(this.context, t.sheet);
      const format: StoredFormat = {
        id: this.context.env.workbook.newConditionalFormatId(),
        type,
        areas: t.areas.map((a) => ({ ...a })),
        formula: "",
        fillColor: null,
        fontColor: null,
        priority: 0,
        stopIfTrue: false,
      };
      for (const other of t.sheet.conditionalFormats) other.priority += 1;
      t.sheet.conditionalFormats.push(format);
      renumber(t.sheet);
      created = { sheet: t.sheet, format };
    });
    return new FakeConditionalFormat(this.context, () => {
      if (!created) throw itemNotFound("conditional format not created");
      return created;
    });
  }
}

/** Keeps the sheet's priorities 0, 1, 2, … in their current order. */
function renumber(sheet: FakeSheet): void {
  [...sheet.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .forEach((format, i) => (format.priority = i));
}

/** Moves a format to a priority, clamped as Excel clamps it, the others keeping their order. */
function movePriority(sheet: FakeSheet, format: StoredFormat, wanted: number): void {
  const count = sheet.conditionalFormats.length;
  let target = wanted < 0 ? count + wanted : wanted;
  target = Math.max(0, Math.min(count - 1, target));
  const others = [...sheet.conditionalFormats]
    .filter((f) => f !== format)
    .sort((a, b) => a.priority - b.priority);
  others.splice(target, 0, format);
  others.forEach((f, i) => (f.priority = i));
}

function readFormatProperty(name: string, t: FormatTarget): unknown {
  switch (name) {
    case "id":
      return t.format.id;
    case "type":
      return t.format.type;
    case "priority":
      return t.format.priority;
    case "stopIfTrue":
      return t.format.stopIfTrue;
    default:
      throw new FakeOfficeError(
        "InvalidArgument",
        `The fake ConditionalFormat has no property '${name}'.`,
      );
  }
}

export class FakeConditionalFormat extends FakeProxy<FormatTarget> {
  /** Set once this copy has moved its format: the priority location it still stands for. */
  private movedFrom: number | null = null;

  protected readProperty(name: string, t: FormatTarget): unknown {
    return readFormatProperty(name, t);
  }

  /** The format this copy reaches now (see the module comment). */
  private current(): FormatTarget {
    const t = this.target();
    if (this.movedFrom === null) return t;
    const there = t.sheet.conditionalFormats.find((f) => f.priority === this.movedFrom);
    if (!there) throw itemNotFound("conditional format at its former priority");
    return { sheet: t.sheet, format: there };
  }

  /** A change made through this copy, at sync time, on the format it reaches then. */
  private change(args: unknown, apply: (t: FormatTarget) => void): void {
    this.context.enqueue(args, () => {
      const t = this.current();
      assertWritable(this.context, t.sheet);
      apply(t);
    });
  }

  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(value: number) {
    this.change({ priority: value }, (t) => {
      const before = t.format.priority;
      movePriority(t.sheet, t.format, value);
      this.movedFrom = before;
    });
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.change({ stopIfTrue: value }, (t) => {
      t.format.stopIfTrue = value;
    });
  }

  /** Excel refuses `.custom` on a format of another type. */
  get custom(): FakeCustomFormat {
    return new FakeCustomFormat(this.context, () => {
      const t = this.current();
      if (t.format.type !== "Custom") {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The conditional format is not of the custom type.",
        );
      }
      return t;
    });
  }

  delete(): void {
    this.change({ delete: true }, (t) => {
      const index = t.sheet.conditionalFormats.indexOf(t.format);
      if (index < 0) throw itemNotFound("conditional format");
      t.sheet.conditionalFormats.splice(index, 1);
      renumber(t.sheet);
    });
  }
}

class FakeCustomFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => FormatTarget,
  ) {}

  get rule(): FakeCustomRule {
    return new FakeCustomRule(this.context, this.resolve);
  }

  get format(): { fill: FakeFormatColor; font: FakeFormatColor } {
    return {
      fill: new FakeFormatColor(this.context, this.resolve, "fillColor"),
      font: new FakeFormatColor(this.context, this.resolve, "fontColor"),
    };
  }
}

class FakeCustomRule extends FakeProxy<FormatTarget> {
  protected readProperty(name: string, t: FormatTarget): unknown {
    if (name === "formula") return t.format.formula;
    throw new FakeOfficeError("InvalidArgument", `The fake rule has no property '${name}'.`);
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.queueWrite({ formula: value }, (t) => {
      assertWritable(this.context, t.sheet);
      t.format.formula = value;
    });
  }
}

class FakeFormatColor extends FakeProxy<FormatTarget> {
  constructor(
    context: FakeContext,
    resolve: () => FormatTarget,
    private readonly field: "fillColor" | "fontColor",
  ) {
    super(context, resolve);
  }
  protected readProperty(name: string, t: FormatTarget): unknown {
    if (name === "color") return t.format[this.field];
    throw new FakeOfficeError("InvalidArgument", `The fake format has no property '${name}'.`);
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(value: string) {
    this.queueWrite({ color: value }, (t) => {
      assertWritable(this.context, t.sheet);
      t.format[this.field] = value;
    });
  }
}
