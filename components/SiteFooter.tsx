import Link from "next/link";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__help">
          <strong>Need to talk to someone now?</strong> <Link href={routes.help()}>Crisis and abuse support lines</Link>,
          free and confidential.
        </p>
        <p>
          {site.name} offers general guidance, not therapy, counselling or legal advice. If you are in danger,
          call your local emergency number.
        </p>
        <nav aria-label="Footer">
          <ul>
            <li><Link href={routes.about}>About and editorial policy</Link></li>
            <li><Link href={routes.help()}>Get help</Link></li>
            <li><Link href={routes.search()}>Search</Link></li>
            <li><a href={routes.feed}>RSS feed</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
