import { countInWords } from "@/lib/format";
import { FINDER_QUESTIONS } from "@/lib/stage-finder";
import { routes } from "@/lib/routes";
import styles from "./StageFinder.module.css";

/** A plain POST form: the reply redirects to the page that fits, so answers never sit in the address bar or history. */
export function StageFinder({ missing = [] }: { missing?: readonly string[] }) {
  return (
    <form action={routes.stageFinderAnswers} method="post" autoComplete="off" className={styles.finder} aria-labelledby="finder-title">
      <h2 id="finder-title">Find your stage</h2>
      <p>
        {countInWords(FINDER_QUESTIONS.length, { capital: true })} quick questions.{" "}
        {"We don't keep your answers, and they never go in the web address. They only choose which page to show you. That page goes in your history, like any page you visit."}
      </p>
      <p className={styles.finder__urgent}>
        Thinking about ending your life? <a href={routes.help("crisis")}>Crisis lines can help now</a>. In danger right now?{" "}
        <a href={routes.help("in-danger")}>Call your emergency number</a>.
      </p>
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
