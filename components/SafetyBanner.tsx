// Shown where content is flagged `safety: true` (see `showsSafetyBanner`); the quick exit lets a reader who may be
// watched leave at once.
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
