/** node:buffer's Buffer.byteLength for the Excel fake bundled for the browser (fakeOfficeJs.ts). */
export const Buffer = {
  byteLength: (text: string) => new TextEncoder().encode(text).length,
};
