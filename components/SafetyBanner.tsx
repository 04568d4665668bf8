/**
 * The one safety banner: shown on every page whose content is flagged `safety: true` (an article
 * also when a tag it carries is flagged; see `showsSafetyBanner`). It points to /help and carries
 * the quick exit, so a reader who may be watched can leave at once.
 */
import { routes } from "@/lib/routes";
import { QuickExit } from "./QuickExit";
import styles from "./SafetyBanner.module.css";

export function SafetyBanner() {
  return (
    <div className={styles["safety-banner"]} role="note" data-safety-banner>
      <p>
        <strong>If you are afraid of someone, or afraid for yourself,</strong> please{" "}
        <a href={routes.help()}>talk to someone now</a>: crisis and abuse support lines are confidential,
        most are free, and many are open day and night.
      </p>
      <QuickExit />
    </div>
  );
}
