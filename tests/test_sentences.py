"""Sentence splitting through the installed package: news-style cases and exact str offsets."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotesmith as qs

# (text, expected sentences). Written for this project in the style of scraped news.
CASES = [
    # abbreviations and initials
    ("Holloway flew to St. Petersburg on Monday. He met Gen. Ana Brennan there.",
     ["Holloway flew to St. Petersburg on Monday.", "He met Gen. Ana Brennan there."]),
    ("Sen. Okafor and Dr. Haddad met Mr. Volkov in Geneva.",
     ["Sen. Okafor and Dr. Haddad met Mr. Volkov in Geneva."]),
    ("The U.S. Secretary of State arrived late. Talks began at once.",
     ["The U.S. Secretary of State arrived late.", "Talks began at once."]),
    ("The envoy flew back to the U.S. The next day, talks collapsed.",
     ["The envoy flew back to the U.S.", "The next day, talks collapsed."]),
    ("The talks moved to the U.K. for a week.", ["The talks moved to the U.K. for a week."]),
    ("Pitt Holdings Corp. rose 3%. It had fallen on Monday.", ["Pitt Holdings Corp. rose 3%.", "It had fallen on Monday."]),
    ("Atlas Grain Co. Chief Executive Ines Rahman resigned.", ["Atlas Grain Co. Chief Executive Ines Rahman resigned."]),
    ("Officials, e.g. in Oslo, agreed, i.e. the deal holds.", ["Officials, e.g. in Oslo, agreed, i.e. the deal holds."]),
    ("It ranked No. 3 in the survey.", ["It ranked No. 3 in the survey."]),
    ("The vote is due Feb. 12. Polls open early.", ["The vote is due Feb. 12.", "Polls open early."]),
    ("J. K. Abernathy wrote the report. It ran to 90 pages.", ["J. K. Abernathy wrote the report.", "It ran to 90 pages."]),
    ("We met Laura D. Fairbanks in Oslo.", ["We met Laura D. Fairbanks in Oslo."]),
    ("US, Russia 'share same objective' on N.Korea: Holloway", ["US, Russia 'share same objective' on N.Korea: Holloway"]),
    # times, numbers, money, versions
    ("At 7 a.m. Ms. Castillo left the embassy.", ["At 7 a.m. Ms. Castillo left the embassy."]),
    ("The session ended at 6 p.m. Reporters waited outside.", ["The session ended at 6 p.m.", "Reporters waited outside."]),
    ("Polls close at 8 p.m. EST on Tuesday.", ["Polls close at 8 p.m. EST on Tuesday."]),
    ("Revenue rose 4.5% to $12.75 billion. Analysts cheered.", ["Revenue rose 4.5% to $12.75 billion.", "Analysts cheered."]),
    ("The fund paid €3.50 per share in 2019. 2020 was worse.", ["The fund paid €3.50 per share in 2019.", "2020 was worse."]),
    ("Version 3.10.2 shipped. It fixed the bug.", ["Version 3.10.2 shipped.", "It fixed the bug."]),
    ("She finished 2nd. He finished 5th.", ["She finished 2nd.", "He finished 5th."]),
    # URLs, e-mails, handles, hashtags
    ("See https://www.example.org/news/2019/talks.html. Then call us.",
     ["See https://www.example.org/news/2019/talks.html.", "Then call us."]),
    ("Write to desk.editor@example.com. We reply daily.", ["Write to desk.editor@example.com.", "We reply daily."]),
    ("Follow @wire_desk. It posts #G20 updates.", ["Follow @wire_desk.", "It posts #G20 updates."]),
    # quotations
    ("“We are ready,” Lavrov said. “The rest is up to them.”", ["“We are ready,” Lavrov said.", "“The rest is up to them.”"]),
    ("\"We are ready,\" Lavrov said. \"The rest is up to them.\"", ["\"We are ready,\" Lavrov said.", "\"The rest is up to them.\""]),
    ("“This is a good start.” she said.", ["“This is a good start.” she said."]),
    ("“This is a good start.” Holloway said.", ["“This is a good start.” Holloway said."]),
    ("“This is a good start.” She left the room.", ["“This is a good start.”", "She left the room."]),
    ("\"We will find a way forward.,\" Holloway wrote on Twitter. Talks resumed.",
     ["\"We will find a way forward.,\" Holloway wrote on Twitter.", "Talks resumed."]),
    ("He said “there is an overlap” in their interests.", ["He said “there is an overlap” in their interests."]),
    ("She called it ‘a real step.’ Then she left.", ["She called it ‘a real step.’", "Then she left."]),
    ("“Is this the end?” he asked. Nobody answered.", ["“Is this the end?” he asked.", "Nobody answered."]),
    # parentheses, ellipses, ?!
    ("The accord (see annex.) was signed. It starts in May.", ["The accord (see annex.) was signed.", "It starts in May."]),
    ("We tried … we really tried.", ["We tried … we really tried."]),
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("It was . . . unusual.", ["It was . . . unusual."]),
    ("Is it over?! Nobody knows.", ["Is it over?!", "Nobody knows."]),
    ("She works at Yahoo! in sales.", ["She works at Yahoo! in sales."]),
    # lists, headlines, datelines, line breaks
    ("Key points:\n1. Sanctions stay.\n2. Talks go on.", ["Key points:", "1. Sanctions stay.", "2. Talks go on."]),
    ("Three steps: 1) a truce 2) talks 3) a vote", ["Three steps:", "1) a truce", "2) talks", "3) a vote"]),
    ("• Oil rose 2% • Gold fell", ["• Oil rose 2%", "• Gold fell"]),
    ("GENEVA, SWITZERLAND:\nThe talks opened on Monday.", ["GENEVA, SWITZERLAND:", "The talks opened on Monday."]),
    ("Russia, Norway Agree to Talks on Fishing Rights\nThe deal covers 12 clauses.",
     ["Russia, Norway Agree to Talks on Fishing Rights", "The deal covers 12 clauses."]),
    ("Skip to main content\n\nShare This article\n\nThe talks ended.",
     ["Skip to main content", "Share This article", "The talks ended."]),
    ("The talks in the resort of\nSochi lasted two hours.", ["The talks in the resort of\nSochi lasted two hours."]),
    ("Dear readers,\nWe need your help.", ["Dear readers,", "We need your help."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_split_sentences(text, expected):
    assert qs.split_sentences(text) == expected


def assert_spans_valid(text, spans):
    """Spans are ordered, non-overlapping, trimmed, and leave only whitespace between them."""
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[prev:s].strip() == ""
        assert text[s:e] == text[s:e].strip()
        prev = e
    assert text[prev:].strip() == ""


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_spans_match_sentences(text, expected):
    spans = qs.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == qs.split_sentences(text)
    assert_spans_valid(text, spans)


def test_non_ascii_offsets_are_str_indices():
    text = "“Très cordial,” said José Álvarez in Zürich. Zoë Müller 🎉 agreed! Ødegaard left… Then silence."
    spans = qs.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "“Très cordial,” said José Álvarez in Zürich.",
        "Zoë Müller 🎉 agreed!",
        "Ødegaard left…",
        "Then silence.",
    ]
    assert_spans_valid(text, spans)


def test_offsets_after_emoji_and_astral_characters():
    text = "👍👍 Deal done. 🇺🇸 The U.S. agreed. 𝐁𝐨𝐥𝐝 text."
    spans = qs.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["👍👍 Deal done.", "🇺🇸 The U.S. agreed.", "𝐁𝐨𝐥𝐝 text."]


def test_unicode_whitespace_between_sentences():
    text = "\u3000One.\u00a0Two.\u2003Three.\u2029Four"
    spans = qs.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three.", "Four"]
    assert_spans_valid(text, spans)


def test_batch_matches_single_calls():
    texts = [t for t, _ in CASES] + ["", "   ", "Ein Satz. Noch einer."]
    assert qs.split_sentences_batch(texts) == [qs.split_sentences(t) for t in texts]
    assert qs.split_sentences_batch(texts, n_jobs=1) == qs.split_sentences_batch(texts)


def test_empty_and_whitespace_only():
    assert qs.split_sentences("") == []
    assert qs.sentence_spans(" \n\t ") == []


def test_unknown_language_falls_back_to_generic_rules():
    text = "Dr. Müller kam um 9 Uhr. Er ging bald."
    assert qs.split_sentences(text, language="xx") == ["Dr. Müller kam um 9 Uhr.", "Er ging bald."]
    assert qs.split_sentences(text, language="de") == qs.split_sentences(text, language="xx")
    assert qs.split_sentences("We met in the U.S. The talks went well.", language="EN") == [
        "We met in the U.S.", "The talks went well."
    ]


def test_scripts_without_spaces():
    assert qs.split_sentences("我们明天见。他说好的！") == ["我们明天见。", "他说好的！"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ .?!,\"'“”‘’…()\n\t\u00a0é🎉1•:")), max_size=60))
def test_spans_valid_on_punctuation_soup(text):
    assert_spans_valid(text, qs.sentence_spans(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_spans_valid_on_any_text(text):
    spans = qs.sentence_spans(text)
    assert_spans_valid(text, spans)
    assert [text[s:e] for s, e in spans] == qs.split_sentences(text)
