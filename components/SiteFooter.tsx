import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__help">
          <strong>Need to talk to someone now?</strong> <Link href="/help">Crisis and abuse support lines</Link>,
          free and confidential.
        </p>
        <p>
          {site.name} offers general guidance, not therapy, counselling or legal advice. If you are in danger,
          call your local emergency number.
        </p>
        <nav aria-label="Footer">
          <ul>
            <li><Link href="/about">About and editorial policy</Link></li>
            <li><Link href="/help">Get help</Link></li>
            <li><Link href="/search">Search</Link></li>
            <li><a href="/feed.xml">RSS feed</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
