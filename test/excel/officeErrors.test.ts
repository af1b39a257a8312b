import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ERROR_CODES, isPayloadLimitError, toHostError } from "../../src/excel/officeErrors";
import { HostError } from "../../src/host";

function officeError(code: string, message = "Excel said no."): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

test("cell edit mode tells the clerk to press Enter or Esc", () => {
  const error = toHostError(officeError("InvalidOperationInCellEditMode"));
  assert.equal(error.code, HOST_ERROR_CODES.cellEditMode);
  assert.match(error.messages.vi, /Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại/);
  assert.match(error.messages.en, /Press Enter or Esc/);
});

test("access denied, whatever Excel's message says, is one error naming what can deny access", () => {
  const error = toHostError(officeError("AccessDenied", "Từ chối Quyền"));
  assert.equal(error.code, HOST_ERROR_CODES.accessDenied);
  assert.match(error.messages.vi, /chỉ đọc[\s\S]*bảo vệ/);
  assert.match(error.messages.en, /read-only[\s\S]*protected/);
});

test("a deleted sheet, payload limits, lost connections and unknown codes", () => {
  assert.equal(toHostError(officeError("ItemNotFound")).code, HOST_ERROR_CODES.sheetMissing);
  assert.equal(
    toHostError(officeError("RequestPayloadSizeLimitExceeded")).code,
    HOST_ERROR_CODES.tooLarge,
  );
  assert.equal(
    toHostError(officeError("ResponsePayloadSizeLimitExceeded")).code,
    HOST_ERROR_CODES.tooLarge,
  );
  assert.equal(toHostError(officeError("ConnectionFailure")).code, HOST_ERROR_CODES.connection);
  const other = toHostError(officeError("GeneralException", "Boom"));
  assert.equal(other.code, HOST_ERROR_CODES.excel);
  assert.match(other.messages.vi, /GeneralException/);
  assert.match(other.messages.en, /Boom/);
});

test("a plain error becomes an unexpected-error message; a HostError passes through", () => {
  assert.equal(toHostError(new TypeError("x is undefined")).code, HOST_ERROR_CODES.unexpected);
  const own = new HostError("MINE", { vi: "v", en: "e" });
  assert.equal(toHostError(own), own);
});

test("every mapped message exists in both languages and keeps the cause", () => {
  const cause = officeError("InvalidOperationInCellEditMode");
  const error = toHostError(cause);
  assert.ok(error.messages.vi.length > 20 && error.messages.en.length > 20);
  assert.equal(error.cause, cause);
});

test("payload limit errors are recognised for retrying in smaller blocks", () => {
  assert.ok(isPayloadLimitError(officeError("ResponsePayloadSizeLimitExceeded")));
  assert.ok(isPayloadLimitError(officeError("RequestPayloadSizeLimitExceeded")));
  assert.ok(!isPayloadLimitError(officeError("ItemNotFound")));
  assert.ok(!isPayloadLimitError(new Error("plain")));
});
