/**
 * Both dictionaries at once, for code that is not part of the page's start-up (the preview's
 * worker and host, which write HostErrors in both languages) and for tests.
 */
import { en } from "./en";
import { provideDictionary } from "./translate";
import { vi } from "./vi";

provideDictionary("en", en);

export const DICTIONARIES = { vi, en } as const;
