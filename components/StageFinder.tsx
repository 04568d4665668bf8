import { countInWords } from "@/lib/format";
import { FINDER_QUESTIONS } from "@/lib/stage-finder";
import { routes } from "@/lib/routes";
import styles from "./StageFinder.module.css";

/** The finder's questions as a plain GET form: no JavaScript needed, the answer is one request away. */
export function StageFinder({ missing = [] }: { missing?: string[] }) {
  return (
    <form action={routes.stageFinder} method="get" className={styles.finder} aria-labelledby="finder-title">
      <h2 id="finder-title">Find your stage</h2>
      <p>{countInWords(FINDER_QUESTIONS.length, { capital: true })} quick questions. Nothing is stored. Your answers only choose which page to show you.</p>
      {missing.length ? (
        <p className={styles.finder__error} role="alert">
          Please answer every question ({missing.length} left unanswered).
        </p>
      ) : null}
      {FINDER_QUESTIONS.map((q) => (
        <fieldset key={q.name} className={missing.includes(q.name) ? `${styles.finder__question} ${styles["finder__question--missing"]}` : styles.finder__question}>
          <legend>{q.question}</legend>
          {q.options.map((option) => (
            <label key={option.value} className={styles.finder__option}>
              <input type="radio" name={q.name} value={option.value} required />
              {option.label}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button">Show me where to start</button>
    </form>
  );
}
