/**
 * Every failure reaches the clerk as a HostError (what went wrong and what to do, in both
 * languages); an unexpected exception is wrapped, never swallowed.
 */
import { HostError } from "../../host";
import { translatorFor } from "../i18n/translate";

function isHostErrorLike(error: unknown): error is HostError {
  if (error instanceof HostError) return true;
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Partial<HostError>;
  return (
    candidate.name === "HostError" &&
    typeof candidate.code === "string" &&
    typeof candidate.messages?.vi === "string" &&
    typeof candidate.messages?.en === "string"
  );
}

export function toHostError(error: unknown): HostError {
  if (isHostErrorLike(error)) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new HostError(
    "UNEXPECTED",
    {
      vi: translatorFor("vi")("errorUnexpected", { detail }),
      en: translatorFor("en")("errorUnexpected", { detail }),
    },
    { cause: error },
  );
}
