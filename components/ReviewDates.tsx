import { formatDate } from "@/lib/format";
import { nextReviewDue } from "@/lib/review-clock";
import styles from "./ReviewDates.module.css";

/** "Last reviewed … Next review due …", as health sites show how current their advice is. */
export function ReviewDates({ reviewed }: { reviewed: string }) {
  const due = nextReviewDue(reviewed);
  return (
    <p className={styles.review}>
      <span>Last reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time></span>
      <span>Next review due <time dateTime={due}>{formatDate(due)}</time></span>
    </p>
  );
}
