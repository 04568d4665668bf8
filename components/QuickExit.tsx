// The quick exit of abuse-support sites: the root layout's quick-exit script swaps this page out of the tab's history
// (so Back does not return to it), also on Esc pressed twice; without JavaScript the link still leaves.
import styles from "./QuickExit.module.css";

const NEUTRAL_SITE = "https://www.bbc.com/weather";

export function QuickExit() {
  return (
    <a href={NEUTRAL_SITE} className={styles["quick-exit"]} data-quick-exit rel="noreferrer">
      Leave this site quickly
    </a>
  );
}
