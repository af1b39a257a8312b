/** The workbook the fake Excel of the browser tests holds (fakeOfficeJs.ts); tests evaluate it too. */
export const FAKE_WORKBOOK = { cells: 12, membersPerCell: 4, seed: 7 } as const;
