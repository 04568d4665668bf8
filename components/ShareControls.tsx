import { absoluteUrl } from "@/lib/site";
import styles from "./ShareControls.module.css";

interface ShareControlsProps {
  title: string;
  text: string;
  /** Site path of the page. */
  path: string;
}

/**
 * Share controls as plain markup: the email link works without JavaScript; the share button is
 * handled by <ShareOnDemand>, which loads the sharing code on the first click only (Web Share API
 * where there is a share sheet, otherwise the link is copied and the status line says so).
 */
export function ShareControls({ title, text, path }: ShareControlsProps) {
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${absoluteUrl(path)}`)}`;
  return (
    <div className={styles.share} data-share-title={title} data-share-text={text} data-share-path={path}>
      <button type="button" className="button" data-share-button>
        Share this article
      </button>
      <a className="button button--quiet" href={mail} data-share-email>
        Email a link
      </a>
      <span role="status" className={styles.share__status} />
    </div>
  );
}
