import { absoluteUrl } from "@/lib/site";
import styles from "./ShareControls.module.css";

/** Plain markup: the email link works without JavaScript; the article's share script handles the button. */
export function ShareControls({ title, text, path }: { title: string; text: string; path: string }) {
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${absoluteUrl(path)}`)}`;
  return (
    <div className={styles.share} data-share-title={title} data-share-text={text} data-share-path={path}>
      <button type="button" className="button" data-share-button>Share this article</button>
      <a className="button button--quiet" href={mail} data-share-email>Email a link</a>
      <span role="status" className={styles.share__status} />
    </div>
  );
}
