import { routes } from "@/lib/routes";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import styles from "./SearchForm.module.css";

interface SearchFormProps {
  id: string;
  query?: string;
  compact?: boolean;
  /** Facet values to keep when the query changes (the /search page passes the active filters). */
  hidden?: Record<string, string | undefined>;
}

/** A plain GET form: works without JavaScript, and the results URL can be shared and bookmarked. */
export function SearchForm({ id, query = "", compact = false, hidden = {} }: SearchFormProps) {
  return (
    <form
      role="search"
      // Two search landmarks can share a page (header + body); distinct names keep them apart for screen readers.
      aria-label={compact ? "Quick search" : "Search the guides"}
      action={routes.search()}
      method="get"
      className={compact ? `${styles["search-form"]} ${styles["search-form--compact"]}` : styles["search-form"]}
    >
      <label htmlFor={id} className={compact ? "visually-hidden" : styles["search-form__label"]}>
        Search the guides
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={compact ? "Search" : "e.g. should I text them, how to apologise"}
        autoComplete="off"
        enterKeyHint="search"
      />
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit">Search</button>
    </form>
  );
}
