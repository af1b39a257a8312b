/**
 * The button that switches the pane to the other language, named in that language (its `lang`),
 * so a clerk who reads only one of them finds it.
 */
import { Button } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import type { Translate } from "../i18n/translate";

export function LanguageButton(props: {
  t: Translate;
  onLanguageChange(lang: Lang): void;
  className?: string;
}) {
  const { t } = props;
  const otherLang: Lang = t.lang === "vi" ? "en" : "vi";
  return (
    <Button
      className={props.className}
      appearance="subtle"
      size="small"
      icon={<LocalLanguage20Regular />}
      onClick={() => props.onLanguageChange(otherLang)}
      aria-label={t("languageSwitchLabel")}
      lang={otherLang}
    >
      {t("languageSwitchText")}
    </Button>
  );
}
