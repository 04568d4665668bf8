/**
 * "Leave this site": the quick-exit convention of abuse-support sites. `location.replace` swaps this
 * page out of the tab's history so Back does not return to it; without JavaScript the link still
 * leaves. Esc pressed twice does the same (see quick-exit.js).
 */
import styles from "./QuickExit.module.css";
const NEUTRAL_SITE = "https://www.bbc.com/weather";

export function QuickExit() {
  return (
    <>
      <a href={NEUTRAL_SITE} className={styles["quick-exit"]} data-quick-exit rel="noreferrer">
        Leave this site quickly
      </a>
      <script src="/quick-exit.js" async />
    </>
  );
}
