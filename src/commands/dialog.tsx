/**
 * The outcome dialog opened by the ribbon commands (dialog.html). It reads its data from the URL
 * query, shows it in the user's language (Office's display language, else the data's), and
 * answers the command through Office.context.ui.messageParent: "openReport" or "close".
 */
/* global Office */
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core";
import { languageFromLocale } from "../excel/displayLanguage";
import { dialogContent } from "./dialogContent";
import { readDialogData, type DialogData, type DialogMessage } from "./dialogData";

const UNREADABLE: DialogData = {
  kind: "error",
  lang: "vi",
  code: "",
  message: "Không đọc được nội dung thông báo. / The message could not be read.",
};

function send(message: DialogMessage): void {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent(message);
  else window.close();
}

const INTENT = { success: "success", warning: "warning", error: "error", info: "info" } as const;

export function OutcomeDialog({ data, lang }: { data: DialogData; lang: Lang }) {
  const content = dialogContent(data, lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main
        aria-labelledby="outcome-title"
        style={{ padding: "20px 24px", display: "flex", flexDirection: "column", gap: 12 }}
      >
        <Title3 as="h1" id="outcome-title">
          {content.title}
        </Title3>
        <MessageBar intent={INTENT[content.tone]} layout="multiline">
          <MessageBarBody>
            {content.lines.map((line, i) => (
              <Text as="p" block key={i} style={{ margin: "2px 0" }}>
                {line}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
        {content.verdict && (
          <Text as="p" weight="semibold" size={400} role="status">
            {content.verdict.good ? "★ " : ""}
            {content.verdict.text}
          </Text>
        )}
        {content.hint && (
          <Text as="p" size={200}>
            {content.hint}
          </Text>
        )}
        <div style={{ display: "flex", gap: 8, justifyContent: "flex-end", marginTop: 4 }}>
          {content.primary && (
            <Button
              appearance="primary"
              autoFocus
              onClick={() => send(content.primary?.message ?? "close")}
            >
              {content.primary.label}
            </Button>
          )}
          <Button autoFocus={!content.primary} onClick={() => send("close")}>
            {content.closeLabel}
          </Button>
        </div>
      </main>
    </FluentProvider>
  );
}

function start(): void {
  const root = document.getElementById("root");
  if (!root) return;
  const data = readDialogData(window.location.search) ?? UNREADABLE;
  const render = (lang: Lang): void => {
    document.documentElement.lang = lang;
    createRoot(root).render(<OutcomeDialog data={data} lang={lang} />);
  };
  if (typeof Office === "undefined") {
    render(data.lang);
    return;
  }
  Office.onReady().then(
    () =>
      render(
        Office.context?.displayLanguage
          ? languageFromLocale(Office.context.displayLanguage)
          : data.lang,
      ),
    () => render(data.lang),
  );
}

if (typeof document !== "undefined") start();
