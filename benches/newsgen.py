"""Deterministic generator of news-like English documents for benchmarks.

    from newsgen import news_documents
    docs = news_documents(total_bytes=10_000_000, doc_bytes=3000, seed=0)

Every document is built from template sentences written for this project (invented people,
outlets and events) in the style of scraped news: a headline without final punctuation, sometimes
a dateline line ("SOCHI, RUSSIA:") or an inline dateline, paragraphs separated by one or two line
breaks, abbreviations (U.S., St. Petersburg, Mr., Gen., a.m.), numbers, money and decimals, curly
and straight quotes with attributions ("…,” she said.), partial quotes, a tweet with the `.,"`
typo, accented names, and boilerplate lines (Share This article, donation appeals, author bios).

The output depends only on the arguments (a private ``random.Random(seed)``), so every benchmark
run and every peer sees the same text. ``python benches/newsgen.py`` prints statistics.
"""
from __future__ import annotations

import random
from typing import Callable, List

FIRST = ["Mike", "Anna", "Sergei", "Laura", "David", "Maria", "Olga", "James", "Elena", "Tomás",
         "Zoë", "François", "Søren", "José", "Łukasz", "Amélie", "Kwame", "Priya", "Hiroshi", "Fatima",
         "Dmitri", "Sarah", "Ahmed", "Chloé", "Björn", "Ines", "Rafael", "Yuki", "Grace", "Nikolai"]
LAST = ["Holloway", "Petrov", "Brennan", "Castillo", "Lindqvist", "Okafor", "Marchetti", "Ivanova",
        "Whitcombe", "Álvarez", "Müller", "Lefèvre", "Ødegaard", "Wróbel", "Nakamura", "Haddad",
        "Sorensen", "Delacroix", "Kowalski", "Abernathy", "Volkov", "Fairbanks", "Rahman", "Quinlan"]
TITLES = ["Secretary of State", "Foreign Minister", "President", "Prime Minister", "Sen.", "Gen.",
          "Defense Secretary", "Ambassador", "Gov.", "Rep.", "Dr.", "Deputy Minister", "Mayor"]
HONORIFICS = ["Mr.", "Ms.", "Mrs.", "Dr.", "Gen.", "Sen.", "Prof.", "Lt. Col.", "Rep.", "Gov."]
COUNTRIES = ["Russia", "China", "the U.S.", "the U.K.", "France", "Germany", "Iran", "India", "Brazil",
             "Japan", "North Korea", "Turkey", "Norway", "Canada", "Mexico", "the E.U.", "Pakistan"]
CITIES = ["St. Petersburg", "Sochi", "Washington", "Brussels", "Geneva", "Montréal", "São Paulo",
          "Moscow", "Beijing", "Tokyo", "Ankara", "Oslo", "Kraków", "Zürich", "Hanoi", "Vladivostok",
          "Ft. Worth", "Mt. Pleasant", "New Delhi", "Reykjavík"]
OUTLETS = ["Northern Ledger", "Harbour Post", "Global Wire", "Daily Courier", "Mercury Online",
           "Business Desk", "Evening Standard-Tribune", "Coastal Herald"]
COMPANIES = ["Harbor Energy Inc.", "Briggs & Co.", "Pitt Holdings Corp.", "Volta Motors Ltd.",
             "Nordlys Shipping A/S", "Quill Media Group", "Atlas Grain Co.", "Meridian Bancorp Inc."]
TOPICS = ["counterterrorism", "arms control", "nuclear proliferation", "trade tariffs", "energy prices",
          "grain exports", "cyber security", "climate finance", "the refugee crisis", "sanctions relief",
          "fishing rights", "a ceasefire", "pipeline security", "vaccine supplies"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
VERBS = ["said", "told reporters", "said on Thursday", "told the Global Wire", "added", "wrote on Twitter",
         "said in a statement", "told a news conference", "said late Tuesday"]
DOMAINS = ["example.org", "news.example.com", "gov.example.net", "ledger.example.co.uk"]
HASHTAGS = ["#Russia", "#G20", "#Energy", "#Sochi2019", "#breaking", "#climate"]

BOILERPLATE = [
    "Share This article",
    "Skip to main content",
    "Remind me later.",
    "Read more:",
    "Advertisement",
    "Sign up for our newsletter",
    "About The Author",
    "Related: {headline}",
]
DONATION = (
    "A Message from The {outlet}:\nDear readers,\n"
    "We are facing unprecedented challenges. Our newsroom has been labeled an \"undesirable\" "
    "organization, putting our staff at risk. Your support, no matter how small, makes a world of "
    "difference. If you can, please support us monthly starting from just ${amount}. It's quick to set "
    "up, and every contribution makes a significant impact.\nThank you for standing with us."
)


class _Gen:
    """Fills templates from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # -- slot fillers -------------------------------------------------------------------------
    def pick(self, xs: List[str]) -> str:
        return xs[self.r.randrange(len(xs))]

    def person(self) -> str:
        first, last = self.pick(FIRST), self.pick(LAST)
        k = self.r.random()
        if k < 0.15:
            return f"{first} {self.pick('ABCDEFGHJKLMNPRSTW')}. {last}"
        if k < 0.2:
            return f"{self.pick('ABCDEJKR')}. {self.pick('ABCDEJKR')}. {last}"
        return f"{first} {last}"

    def titled(self) -> str:
        return f"{self.pick(TITLES)} {self.person()}"

    def money(self) -> str:
        k = self.r.random()
        if k < 0.3:
            return f"${self.r.randint(2, 999)}.{self.r.randint(0, 99):02d}"
        if k < 0.6:
            return f"${self.r.randint(1, 99)}.{self.r.randint(1, 9)} billion"
        if k < 0.8:
            return f"€{self.r.randint(10, 900)} million"
        return f"£{self.r.randint(1, 50)},{self.r.randint(0, 999):03d}"

    def number(self) -> str:
        k = self.r.random()
        if k < 0.3:
            return f"{self.r.randint(1, 99)}.{self.r.randint(0, 9)}%"
        if k < 0.6:
            return f"{self.r.randint(2, 12)},{self.r.randint(0, 999):03d}"
        if k < 0.8:
            return f"{self.r.randint(2, 40)}"
        return f"{self.r.randint(1, 30)}th"

    def time(self) -> str:
        return f"{self.r.randint(1, 12)}{self.pick(['', ':15', ':30', ':45'])} {self.pick(['a.m.', 'p.m.'])}"

    def date(self) -> str:
        return f"{self.pick(MONTHS)} {self.r.randint(1, 28)}"

    def headline(self) -> str:
        a, b = self.pick(COUNTRIES).replace("the ", ""), self.pick(COUNTRIES).replace("the ", "")
        forms = [
            f"{a}, {b} 'share same objective' on {self.pick(TOPICS)}: {self.pick(LAST)}",
            f"Trying to Bridge the Gap? {self.pick(LAST)} Meets {b} Counterpart for the Second Time",
            f"{a} and {b} Agree to Talks on {self.pick(TOPICS).title()}",
            f"{self.pick(LAST)}: {a} Will Not Back Down on {self.pick(TOPICS).title()}",
            f"The growing {a} presence in {b}’s neighbourhood",
            f"{self.pick(COMPANIES)} shares jump {self.number()} after {b} deal",
        ]
        return self.pick(forms)

    def quote_body(self) -> str:
        forms = [
            f"I think we share the same objective and I hope that we can find ways to work together on {self.pick(TOPICS)}",
            f"We could achieve a reduction in violence in {self.pick(COUNTRIES)}",
            f"It's not destined that we're adversaries on every issue",
            f"Let's try and see what happens",
            f"We will not accept {self.pick(TOPICS)} as a precondition. Not now, not ever",
            f"Nobody in {self.pick(CITIES)} expected this. The U.S. has been very clear",
            f"The talks lasted until {self.time()} and they were, frankly, productive",
            f"Is this the end of the road? I don't think so",
            f"There is an overlap in our interests on {self.pick(TOPICS)}",
        ]
        return self.pick(forms)

    # -- sentences ----------------------------------------------------------------------------
    def sentence(self) -> str:
        return self.pick(self.SENTENCES)(self)

    def s_lead(self) -> str:
        subject = self.pick(COUNTRIES) if self.r.random() < 0.5 else "the United States"
        return (f"{subject[0].upper() + subject[1:]} "
                f"shares {self.pick(TOPICS)} interests with {self.pick(COUNTRIES)}, "
                f"{self.titled()} said after a visit to {self.pick(CITIES)}.")

    def s_curly_quote(self) -> str:
        return f"“{self.quote_body()},” {self.pick(['he', 'she', self.pick(LAST)])} {self.pick(VERBS)}."

    def s_straight_quote(self) -> str:
        return f"\"{self.quote_body()},\" {self.pick(LAST)} {self.pick(VERBS)}."

    def s_quote_period(self) -> str:
        return f"“{self.quote_body()}.” {self.pick(['He', 'She', 'They'])} did not elaborate."

    def s_partial(self) -> str:
        return (f"{self.pick(LAST)} later said “there is an overlap” in shared interests, and called the "
                f"meeting \"{self.pick(['productive', 'frank', 'a good start'])}\" in comments to reporters.")

    def s_tweet(self) -> str:
        return (f"\"My meetings in {self.pick(HASHTAGS)} will highlight a number of important topics. On some "
                f"issues, we may agree, on others, we may disagree, but we will find a way forward.,\" "
                f"{self.pick(LAST)} wrote on Twitter.")

    def s_money(self) -> str:
        return (f"{self.pick(COMPANIES)} said revenue rose {self.r.randint(1, 40)}.{self.r.randint(0, 9)}% to {self.money()} in the quarter, "
                f"beating estimates of {self.money()}.")

    def s_time(self) -> str:
        return (f"The talks began at {self.time()} on {self.pick(DAYS)} and ended shortly after "
                f"{self.time()}, {self.pick(HONORIFICS)} {self.pick(LAST)} said.")

    def s_abbrev_end(self) -> str:
        return (f"The delegation flew on to {self.pick(['the U.S.', 'the U.K.', 'Washington, D.C.', 'the E.U.'])} "
                f"The next day, officials met again in {self.pick(CITIES)}.")

    def s_us_adjective(self) -> str:
        return (f"U.S. {self.pick(['Secretary of State', 'Sen.', 'Gen.', 'Ambassador'])} {self.person()} "
                f"arrived in {self.pick(CITIES)} on {self.date()}, the first high-profile U.S. visit since "
                f"{self.r.randint(2009, 2021)}.")

    def s_question(self) -> str:
        return f"What happens next? {self.pick(['Nobody knows.', 'Officials would not say.', 'It is unclear!'])}"

    def s_ellipsis(self) -> str:
        return (f"“We tried … we really tried,” {self.pick(LAST)} said, adding that talks on "
                f"{self.pick(TOPICS)} were “far from over...”")

    def s_parenthesis(self) -> str:
        return (f"The agreement (signed in {self.pick(CITIES)} on {self.date()}) covers {self.r.randint(2, 40)} clauses on "
                f"{self.pick(TOPICS)} and about {self.money()} in aid.")

    def s_url(self) -> str:
        return (f"Details were posted at https://www.{self.pick(DOMAINS)}/news/{self.r.randint(100, 999)}.html "
                f"and questions can be sent to press.office@{self.pick(DOMAINS)} or @{self.pick(LAST).lower()}_news.")

    def s_eg(self) -> str:
        return (f"Smaller partners, e.g. {self.pick(COUNTRIES)} and {self.pick(COUNTRIES)}, were not invited, "
                f"i.e. they will learn of the outcome from No. {self.r.randint(2, 10)} on the list.")

    def s_versions(self) -> str:
        return (f"The app, version {self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 9)}, "
                f"was downloaded {self.number()} times by {self.time()} according to {self.pick(OUTLETS)}.")

    def s_plain(self) -> str:
        return (f"{self.pick(['Iran', 'Venezuela', 'The Kremlin', 'The White House', self.pick(LAST)])} "
                f"{self.pick(['played down expectations', 'declined to comment', 'welcomed the move', 'called for calm'])} "
                f"{self.pick(['afterward', 'on ' + self.pick(DAYS), 'late in 2017', 'during the summit'])}.")

    def s_accent(self) -> str:
        return (f"{self.pick(['José', 'Zoë', 'François', 'Søren', 'Łukasz'])} {self.pick(['Álvarez', 'Müller', 'Lefèvre', 'Ødegaard'])}, "
                f"a spokesman for the {self.pick(['Société Générale', 'Ministère des Affaires étrangères', 'Börse'])}, "
                f"said the café meeting in {self.pick(['Zürich', 'Montréal', 'Kraków'])} was “très cordial.”")

    SENTENCES: List[Callable[["_Gen"], str]] = []

    # -- documents ----------------------------------------------------------------------------
    def paragraph(self) -> str:
        n = 1 + self.r.randrange(3)
        return " ".join(self.sentence() for _ in range(n))

    def document(self, doc_bytes: int) -> str:
        parts: List[str] = []
        if self.r.random() < 0.2:
            parts.append("Skip to main content")
        parts.append(self.headline())
        k = self.r.random()
        if k < 0.3:
            parts.append(f"{self.pick(CITIES).upper()}, {self.pick(COUNTRIES).replace('the ', '').upper()}:")
        if self.r.random() < 0.3:
            parts.append("Share This article")
        lead = self.paragraph()
        if k > 0.7:
            lead = f"{self.pick(CITIES).upper()} ({self.pick(OUTLETS)}) — {lead}"
        parts.append(lead)
        size = sum(len(p.encode("utf-8")) for p in parts)
        while size < doc_bytes:
            r = self.r.random()
            if r < 0.04:
                p = self.pick(BOILERPLATE).format(headline=self.headline())
            elif r < 0.07:
                p = self.headline()  # a stray related-link headline inside the body
            else:
                p = self.paragraph()
            parts.append(p)
            size += len(p.encode("utf-8")) + 1
        if self.r.random() < 0.2:
            parts.append(DONATION.format(outlet=self.pick(OUTLETS), amount=self.r.randint(2, 10)))
        if self.r.random() < 0.2:
            name = self.person()
            parts.append(f"About The Author\n\n{name.replace(' ', chr(10), 1)}\n\n{name} is a correspondent "
                         f"for {self.pick(OUTLETS)} based in {self.pick(CITIES)}. Prior to that, {name.split()[0]} "
                         f"covered {self.pick(TOPICS)} for local stations in Atlanta, Norfolk and Salisbury, MD.")
        sep = "\n\n" if self.r.random() < 0.5 else "\n"
        return sep.join(parts)


_Gen.SENTENCES = [
    _Gen.s_lead, _Gen.s_curly_quote, _Gen.s_curly_quote, _Gen.s_straight_quote, _Gen.s_quote_period,
    _Gen.s_partial, _Gen.s_tweet, _Gen.s_money, _Gen.s_time, _Gen.s_abbrev_end, _Gen.s_us_adjective,
    _Gen.s_question, _Gen.s_ellipsis, _Gen.s_parenthesis, _Gen.s_url, _Gen.s_eg, _Gen.s_versions,
    _Gen.s_plain, _Gen.s_plain, _Gen.s_plain, _Gen.s_accent,
]


def news_documents(total_bytes: int = 10_000_000, doc_bytes: int = 3000, seed: int = 0) -> List[str]:
    """News-like documents of about ``doc_bytes`` UTF-8 bytes each, ``total_bytes`` in all.

    Deterministic: the same arguments always give the same list.
    """
    gen = _Gen(seed)
    docs: List[str] = []
    size = 0
    while size < total_bytes:
        doc = gen.document(doc_bytes)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def main() -> None:
    import argparse
    import statistics

    ap = argparse.ArgumentParser(description="Print statistics of the generated news corpus.")
    ap.add_argument("--total-bytes", type=int, default=10_000_000)
    ap.add_argument("--doc-bytes", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print the first N documents")
    args = ap.parse_args()
    docs = news_documents(args.total_bytes, args.doc_bytes, args.seed)
    sizes = [len(d.encode("utf-8")) for d in docs]
    text = "\n".join(docs)
    print(f"documents:        {len(docs)}")
    print(f"total bytes:      {sum(sizes):,}")
    print(f"bytes/doc:        mean {statistics.mean(sizes):.0f}, min {min(sizes)}, max {max(sizes)}")
    print(f"non-ASCII chars:  {sum(1 for c in text if ord(c) > 127):,}")
    print(f"curly quotes:     {sum(text.count(c) for c in '“”‘’'):,}")
    print(f"straight quotes:  {text.count(chr(34)):,}")
    print(f"'U.S.' mentions:  {text.count('U.S.'):,}")
    for d in docs[: args.show]:
        print("-" * 80)
        print(d)


if __name__ == "__main__":
    main()
