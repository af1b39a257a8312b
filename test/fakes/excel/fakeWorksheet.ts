/**
 * Workbook, worksheet collection, worksheet and document property proxies of the fake, plus the
 * worksheet onChanged event (registered and removed at sync time, as in Office.js).
 */
import { parseArea, splitAreaList, type Area } from "./fakeAddress";
import {
  assertWorkbookActive,
  assertWritable,
  FakeContext,
  FakeOfficeError,
  FakeProxy,
  itemNotFound,
  jsonBytes,
  officeError,
  parseLoadSpec,
} from "./fakeContext";
import {
  FakeSheet,
  type ChangeListener,
  type FakeChange,
  type FakeCustomProperty,
} from "./fakeModel";
import { FakeRange, FakeRangeAreas } from "./fakeRange";
import { MAX_COLS, MAX_ROWS } from "../../../src/core";

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export interface FakeChangedEventArgs {
  address: string;
  changeType: string;
  source: "Local";
  type: "WorksheetChanged";
  worksheetId: string;
  triggerSource: string;
}

export class FakeWorksheet extends FakeProxy<FakeSheet | null> {
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get position(): number {
    return this.get("position");
  }

  protected readProperty(name: string, sheet: FakeSheet): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.context.env.workbook.sheets.indexOf(sheet);
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `The fake Worksheet has no property '${name}'.`,
        );
    }
  }

  private sheet(): FakeSheet {
    const sheet = this.target();
    if (!sheet) throw itemNotFound("worksheet (null object)");
    if (!this.context.env.workbook.sheets.includes(sheet))
      throw itemNotFound(`worksheet '${sheet.name}'`);
    return sheet;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const area: Area =
        address === undefined || address === ""
          ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }
          : parseArea(splitAreaList(address)[0].area);
      return { sheet, area };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (address.length > 8_192) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The address is longer than Excel accepts in one call.",
        );
      }
      return { sheet: this.sheet(), areas: splitAreaList(address).map((p) => parseArea(p.area)) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      const area = sheet.usedArea(valuesOnly);
      return area ? { sheet, area } : null;
    });
  }

  get protection(): FakeSheetProtection {
    return new FakeSheetProtection(this.context, () => this.sheet());
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) => {
        this.context.enqueue({ freezeRows: count }, () => {
          const sheet = this.sheet();
          assertWorkbookActive(this.context);
          assertWritable(this.context, sheet);
          sheet.freezeRows = count;
        });
      },
    };
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.sheet());
  }

  activate(): void {
    this.context.enqueue({ activate: true }, () => {
      const sheet = this.sheet();
      assertWorkbookActive(this.context);
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.env.workbook.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.context.enqueue({ delete: true }, () => {
      const sheet = this.sheet();
      assertWorkbookActive(this.context, "InvalidSelection");
      const workbook = this.context.env.workbook;
      if (workbook.structureProtected || workbook.readOnly) {
        throw officeError(this.context.env, "AccessDenied", "structureProtected");
      }
      const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      if (workbook.activeSheet === sheet.name)
        workbook.activeSheet = workbook.sheets[0]?.name ?? null;
    });
  }

  get onChanged(): {
    add(handler: (args: FakeChangedEventArgs) => unknown): FakeEventHandlerResult;
  } {
    return {
      add: (handler) => {
        let listener: ChangeListener | null = null;
        let sheetRef: FakeSheet | null = null;
        this.context.enqueue({ addHandler: "onChanged" }, () => {
          const sheet = this.sheet();
          sheetRef = sheet;
          listener = (change: FakeChange) => {
            void handler({
              address: change.address,
              changeType: change.changeType,
              source: "Local",
              type: "WorksheetChanged",
              worksheetId: sheet.id,
              triggerSource: change.triggerSource,
            });
          };
          sheet.changeListeners.add(listener);
        });
        return new FakeEventHandlerResult(this.context, () => {
          if (sheetRef && listener) sheetRef.changeListeners.delete(listener);
        });
      },
    };
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly detach: () => void,
  ) {}

  remove(): void {
    this.context.enqueue({ removeHandler: true }, () => this.detach());
  }
}

class FakeSheetProtection extends FakeProxy<FakeSheet> {
  get protected(): boolean {
    return this.get("protected");
  }
  protected readProperty(name: string, sheet: FakeSheet): unknown {
    if (name === "protected") return sheet.protected;
    throw new FakeOfficeError("InvalidArgument", `The fake protection has no property '${name}'.`);
  }
}

class FakePageLayout extends FakeProxy<FakeSheet> {
  protected readProperty(name: string, sheet: FakeSheet): unknown {
    switch (name) {
      case "orientation":
        return sheet.pageLayout.orientation;
      case "paperSize":
        return sheet.pageLayout.paperSize;
      case "zoom":
        return sheet.pageLayout.zoom;
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `The fake page layout has no property '${name}'.`,
        );
    }
  }
  private write(args: Record<string, unknown>, apply: (sheet: FakeSheet) => void): void {
    this.queueWrite(args, (sheet) => {
      assertWritable(this.context, sheet);
      apply(sheet);
    });
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(value: string) {
    this.write({ orientation: value }, (s) => (s.pageLayout.orientation = value));
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(value: string) {
    this.write({ paperSize: value }, (s) => (s.pageLayout.paperSize = value));
  }
  get zoom(): FakeSheet["pageLayout"]["zoom"] {
    return this.get("zoom");
  }
  set zoom(value: FakeSheet["pageLayout"]["zoom"]) {
    this.write({ zoom: value }, (s) => (s.pageLayout.zoom = value ? { ...value } : null));
  }
  setPrintTitleRows(rows: string): void {
    this.write({ printTitleRows: rows }, (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows))
        throw new FakeOfficeError("InvalidArgument", `Not a row range: ${rows}`);
      s.pageLayout.printTitleRows = rows;
    });
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(readonly context: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load() and sync().",
      );
    }
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const names = parseLoadSpec(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue({ load: names }, () => {
      const sheets = [...this.context.env.workbook.sheets];
      const items = sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
      const values = sheets.map((sheet, i) =>
        Object.fromEntries(
          names.map((n) => [
            n,
            n === "position"
              ? i
              : n === "name"
                ? sheet.name
                : n === "id"
                  ? sheet.id
                  : sheet.visibility,
          ]),
        ),
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

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.env.workbook.findSheet(name);
      if (!sheet) throw itemNotFound(`worksheet '${name}'`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.env.workbook.findSheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const workbook = this.context.env.workbook;
      const sheet = workbook.activeSheet
        ? workbook.findSheet(workbook.activeSheet)
        : workbook.sheets[0];
      if (!sheet) throw itemNotFound("active worksheet");
      return sheet;
    });
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue({ add: name }, () => {
      assertWorkbookActive(this.context);
      const workbook = this.context.env.workbook;
      if (workbook.structureProtected || workbook.readOnly) {
        throw officeError(this.context.env, "AccessDenied", "structureProtected");
      }
      if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Not a valid sheet name: ${name}`);
      }
      if (workbook.findSheet(name))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      created = workbook.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw itemNotFound(`worksheet '${name}' (not created)`);
      return created;
    });
  }
}

class FakeCustomPropertyProxy extends FakeProxy<FakeCustomProperty | null> {
  protected readProperty(name: string, p: FakeCustomProperty): unknown {
    if (name === "key") return p.key;
    if (name === "value") return p.value;
    if (name === "type")
      return typeof p.value === "number"
        ? "Number"
        : typeof p.value === "boolean"
          ? "Boolean"
          : "String";
    throw new FakeOfficeError(
      "InvalidArgument",
      `The fake custom property has no property '${name}'.`,
    );
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.queueWrite({ delete: true }, (p) => {
      const workbook = this.context.env.workbook;
      if (workbook.readOnly)
        throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
      workbook.customProperties.delete(p.key.toLowerCase());
    });
  }
}

export class FakeCustomPropertyCollection {
  private loadedItems: FakeCustomPropertyProxy[] | null = null;

  constructor(readonly context: FakeContext) {}

  get items(): FakeCustomPropertyProxy[] {
    if (!this.loadedItems) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load() and sync().",
      );
    }
    return this.loadedItems;
  }

  load(spec?: string | string[]): this {
    const names = parseLoadSpec(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue({ load: names }, () => {
      const props = [...this.context.env.workbook.customProperties.values()];
      const values = props.map((p) =>
        Object.fromEntries(
          names.map((n) => [n, n === "key" ? p.key : n === "value" ? p.value : "String"]),
        ),
      );
      const items = props.map((p) => new FakeCustomPropertyProxy(this.context, () => p));
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

  /** Office.js: creates the property or sets the existing one (keys are case-insensitive). */
  add(key: string, value: string | number | boolean): FakeCustomPropertyProxy {
    this.context.enqueue({ add: key, value }, () => {
      const workbook = this.context.env.workbook;
      if (workbook.readOnly)
        throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
      if (key.length > 255)
        throw new FakeOfficeError("InvalidArgument", "The key is longer than 255 characters.");
      if (typeof value === "string" && value.length > 255) {
        throw new FakeOfficeError("InvalidArgument", "The value is longer than 255 characters.");
      }
      workbook.customProperties.set(key.toLowerCase(), { key, value });
    });
    return this.getItemOrNullObject(key);
  }

  getItemOrNullObject(key: string): FakeCustomPropertyProxy {
    return new FakeCustomPropertyProxy(
      this.context,
      () => this.context.env.workbook.customProperties.get(key.toLowerCase()) ?? null,
    );
  }
}

class FakeWorkbookProtection extends FakeProxy<{ structureProtected: boolean }> {
  get protected(): boolean {
    return this.get("protected");
  }
  protected readProperty(name: string, wb: { structureProtected: boolean }): unknown {
    if (name === "protected") return wb.structureProtected;
    throw new FakeOfficeError(
      "InvalidArgument",
      `The fake workbook protection has no property '${name}'.`,
    );
  }
}

export class FakeWorkbookProxy extends FakeProxy<FakeContext["env"]["workbook"]> {
  readonly worksheets: FakeWorksheetCollection;
  readonly properties: { custom: FakeCustomPropertyCollection };

  constructor(context: FakeContext) {
    super(context, () => context.env.workbook);
    this.worksheets = new FakeWorksheetCollection(context);
    this.properties = { custom: new FakeCustomPropertyCollection(context) };
  }

  get protection(): FakeWorkbookProtection {
    return new FakeWorkbookProtection(this.context, () => this.context.env.workbook);
  }

  /**
   * The active cell: the selection's top-left cell, or A1 of the active sheet. Refused with
   * InvalidSelection while another workbook has the focus (excel-add-ins-troubleshooting.md).
   */
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, () => {
      assertWorkbookActive(this.context, "InvalidSelection");
      const workbook = this.context.env.workbook;
      const selected = workbook.selection ? workbook.findSheet(workbook.selection.sheet) : null;
      const sheet =
        selected ??
        (workbook.activeSheet ? workbook.findSheet(workbook.activeSheet) : workbook.sheets[0]);
      if (!sheet) throw itemNotFound("active cell");
      const at = selected && workbook.selection ? parseArea(workbook.selection.address) : null;
      const row = at?.top ?? 0;
      const col = at?.left ?? 0;
      return { sheet, area: { top: row, left: col, bottom: row, right: col } };
    });
  }

  get readOnly(): boolean {
    return this.get("readOnly");
  }

  protected readProperty(name: string, wb: FakeContext["env"]["workbook"]): unknown {
    if (name === "readOnly") return wb.readOnly;
    if (name === "name") return "Book.xlsx";
    throw new FakeOfficeError("InvalidArgument", `The fake Workbook has no property '${name}'.`);
  }
}
