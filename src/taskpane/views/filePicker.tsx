/** The preview's one file input: .xlsx only, opened from Fluent buttons and menu items. */
import { useRef } from "react";

export const XLSX_ACCEPT =
  ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A hidden file input driven by visible Fluent buttons (the start view's, and "Mở tệp khác…" in
 * the header's menu), so the picker opens from the keyboard too.
 */
export function useFilePicker(onFile: (file: File) => void) {
  const inputRef = useRef<HTMLInputElement>(null);
  const open = () => inputRef.current?.click();
  const input = (
    <input
      ref={inputRef}
      type="file"
      accept={XLSX_ACCEPT}
      hidden
      tabIndex={-1}
      aria-hidden="true"
      data-testid="file-input"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = "";
        if (file) onFile(file);
      }}
    />
  );
  return { open, input };
}
