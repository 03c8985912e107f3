"""Issue 15, point 3: give every source of data/interpol.json its kind (primary, press,
reference, copy), and replace weak addresses where a stable page states the same.

The kinds come from the tables below, one entry per site, each decided by reading what the
site is (the rules are written in data/README.md, "How sources are weighed"). A source
whose host no table names stops the script: a new site needs a decision, not a guess.
Run it again after adding sources: python tools/weigh_sources.py [--check]
(--check prints the proposal without writing).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

PATH = Path(__file__).resolve().parent.parent / "data" / "interpol.json"

# Address -> stable address that states the same (issue 15, point 5).
REPLACE = {
    # A tag listing of the Polizia di Stato's monthly; the Corriere della Sicurezza article
    # gives the same report (Rome, 5-8 November, 163 countries, about 1,100 delegates), and
    # the Interior Ministry page already cited names the Hilton.
    "http://www.mensilepoliziadistato.it/tag/assemblea-generale/": (
        "https://www.ilcorrieredellasicurezza.it/tutto-pronto-per-l81a-assemblea-generale-"
        "dellinterpol_7193/"
    ),
    # A search-result view inside the book; the same page of the same book without the
    # search terms.
    "https://books.google.az/books?id=jzYhAAAAMAAJ&pg=PA228&vq=%22an+economic,+social,+"
    "cultural,+or+humanitarian+character,+and+in+promoting+and+encouraging+respect+for+human"
    "%22&dq=editions:ISBN0786736208&lr=&hl=ru&output=html_text": (
        "https://books.google.com/books?id=jzYhAAAAMAAJ&pg=PA228"
    ),
}

# Kind by host (without "www."); a host ending in one of these counts as well.
PRIMARY = {
    # INTERPOL itself
    "interpol.int",
    # governments, parliaments, ministries, heads of state
    "bmi.gv.at",
    "interno.gov.it",
    "justice.gov",
    "reaganlibrary.gov",
    "api.parliament.uk",
    "questions-statements.parliament.uk",
    "paulkagame.com",
    # a US diplomatic cable, whose only public edition is this archive
    "theworldtomorrow.wikileaks.org",
    # a United Nations bulletin
    "unodc.org",
    # police forces, police bodies and their own publications
    "poliziadistato.it",
    "mensilepoliziadistato.it",
    "police.gov.hk",
    "rcmp.ca",
    "pccseesecretariat.si",
    "diekriminalisten.at",
    "kriminalpolizei.de",
    "pretraziva.rs",  # the Belgrade police journal "Policija" of 1926, scanned by a library
}
REFERENCE = {
    "en.wikipedia.org",
    "de.wikipedia.org",
    "sco.wikipedia.org",
    "britannica.com",
    "books.google.az",
    "books.google.com",
    "hdgoe.at",  # Haus der Geschichte Österreich, a museum
    "historia.ro",  # a history magazine
    "dzieje.pl",  # a history portal
    "historim.fr",
    "historia-historische-ereignisse.blogspot.com",
    "historyandpoliticsandpoliticians.blogspot.com",
    "jacobsm.com",
    "indianphilatelics.com",  # a stamp catalogue
    "vitaminedz.com",
    "jontyfisher.blogspot.com",  # a blogger's own account
    "feng701.wordpress.com",
    "warmheart2003.blog.fc2.com",
    "svjt.se",  # Svensk Juristtidning, a law journal
}
COPY = {
    # mirrors of Wikipedia
    "hubbry.com",
    "liquisearch.com",
    "soft.lk",
    "de.knowledgr.com",
    "it.abcdef.wiki",
    "pt.abcdef.wiki",
    "wikizero.com",
    "wikiwand.com",
    "jendow.com.tw",
    "cryer.org.uk",
    "twiki.owiki.org",
    # document-sharing copies of INTERPOL's and others' texts
    "scribd.com",
    "vdocuments.us",
    "fdocuments.fr",
    "doczz.fr",
    "doczz.net",
    "docslib.org",
    "zbook.org",
    "expydoc.com",
    "docstoc.com",
    "data.guardint.org",
    # copies of a book (Daichman's INTERPOL, Bresler's in Russian)
    "club-books.ru",
    "ebooker.knigi.in.net",
    "libok.net",
    # archives of INTERPOL's 2001 press releases (Yale's Avalon Project and its mirror)
    "avalon.law.yale.edu",
    "ylsavalonprod.azurewebsites.net",
    # news copied from another paper by an aggregator
    "maghress.com",
    "sauress.com",
    "it.dayfr.com",
    # a Time article on a bare IP address; a README quoting a notice
    "20.210.105.67",
    "github.com",
    # a blog copying INTERPOL's text (old history page, Selebi's biography)
    "carlosagaton.blogspot.com",
    "mikecunningham.wordpress.com",
}
# Everything else that is named here is press: newspapers, magazines, news agencies,
# broadcasters and news sites (including their archives and licensed editions).
PRESS = {
    "21stnews.online", "admin.maboum.com", "albawaba.com", "aljazeera.com", "arabnews.pk",
    "armenpress.am", "asianlite.ae", "atalayar.com", "atarde.uol.com.br", "atlasinfo.fr",
    "bali.antaranews.com", "betselem.org", "bjreview.com", "colombiareports.com",
    "corruption.net", "csmonitor.com", "diariolibre.com", "dogruhaber.com.tr", "ecns.cn",
    "elpais.com", "emol.com", "en.mercopress.com", "en.vietnamplus.vn", "fakti.bg",
    "fecl.forumcivique.org", "formiche.net", "foxnews.com", "fr.le360.ma",
    "france3-regions.francetvinfo.fr", "french.peopledaily.com.cn", "gephardtdaily.com",
    "german.people.com.cn", "globaltimes.cn", "gna.org.gh", "handelsblatt.com",
    "hankyung.com", "hindustantimes.com", "homelandprepnews.com", "i.chinadaily.com.cn",
    "ilcorrieredellasicurezza.it", "india.policenewsplus.com", "indiablooms.com",
    "indiapost.com", "indiatvnews.com", "interfax.ru", "it.sputniknews.com", "italpress.com",
    "jatim.antaranews.com", "journalducameroun.com", "jta.org", "khaleejtimes.com",
    "knews.uk", "lamilano.it", "laotiantimes.com", "lapresse.it", "latimes.com",
    "lavozdelaconcagua.cl", "livemint.com", "lokmattimes.com", "m.seoul.co.kr",
    "memoria.ebc.com.br", "menafn.com", "minanews.net", "mirada21.es", "monaco-tribune.com",
    "morocconewsgazette.com", "myjoyonline.com", "news.az", "news.sohu.com", "newtimes.co.rw",
    "noticias.uol.com.br", "noticiasdeangola.co.ao", "oneindia.com", "overviewpress.com",
    "pakistantoday.com.pk", "paper.wenweipo.com", "pravoslavye.org.ua", "pressreader.com",
    "quotidianolavoce.it", "rednoticemonitor.com", "report.az", "rtl.fr", "sabah.com.tr",
    "scroll.in", "securengin.fifthestate.nz", "segured.com", "servizisegreti.com",
    "sport.walaw.press", "straitstimes.com", "taz.de", "the-star.co.ke", "theepochtimes.com",
    "thehindu.com", "theins.ru", "theroyaldigest.blogspot.com", "tribunapr.com.br",
    "trt.net.tr", "ulusal.com.tr", "urdupoint.com", "vienna.at", "vindobona.org", "viva.co.id",
    "vixio.com", "voanews.com", "wallstreet-online.de", "wien.orf.at", "wiwo.de",
    "zh.helm.news",
}  # fmt: skip
# Single pages whose kind differs from their site's.
BY_URL = {
    # archive.today snapshots of INTERPOL's own General Assembly pages
    "https://archive.fo/20120803125704/http:/www.interpol.int/Public/icpo/GeneralAssembly/"
    "default.asp": "primary",
    "https://archive.fo/2nrSk": "primary",
    # the magazine of Chile's investigations police (PDI), on its own issuu account
    "https://issuu.com/pdi_chile/docs/digital_176_16dic-comprimido": "primary",
}
TABLES = {"primary": PRIMARY, "reference": REFERENCE, "copy": COPY, "press": PRESS}


def kind_of(url: str) -> str:
    """The kind of *url* from the tables above; raises KeyError for an unknown site."""
    if url in BY_URL:
        return BY_URL[url]
    host = (urlsplit(url).hostname or "").removeprefix("www.").removeprefix("www1.")
    for kind, hosts in TABLES.items():
        if host in hosts or any(host.endswith("." + h) for h in hosts):
            return kind
    raise KeyError(f"no kind decided for {url}")


def _url(source: str | dict[str, str]) -> str:
    return source if isinstance(source, str) else source["url"]


def weigh(data: dict) -> Counter[str]:
    """Replace weak addresses and set every source's kind in *data* (in place); the
    number of sources of each kind."""
    counts: Counter[str] = Counter()

    def fix(urls: list[str]) -> list[str]:
        return list(dict.fromkeys(REPLACE.get(u, u) for u in urls))

    for record in data["records"]:
        sources: list[dict[str, str]] = []
        seen: set[str] = set()
        for s in record["sources"]:
            url = REPLACE.get(_url(s), _url(s))
            if url in seen:
                continue
            seen.add(url)
            obj = {"url": url} if isinstance(s, str) else {**s, "url": url}
            obj["kind"] = kind_of(url)
            counts[obj["kind"]] += 1
            sources.append(obj)
        record["sources"] = sources
        for name, urls in record.get("field_sources", {}).items():
            record["field_sources"][name] = fix(urls)
        for fact in record.get("facts", []):
            fact["sources"] = fix(fact["sources"])
        for dispute in record.get("disputes", []):
            for alt in dispute["alternatives"]:
                alt["sources"] = fix(alt["sources"])
    return counts


def main(argv: list[str]) -> int:
    data = json.loads(PATH.read_text(encoding="utf-8"))
    counts = weigh(data)
    print(dict(counts))
    if "--check" not in argv:
        PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
