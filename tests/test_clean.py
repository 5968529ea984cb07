"""The cleaning stage through the installed package: fixtures, options, edits, bad input.

Fixtures live in tests/fixtures/clean/: NAME.txt is a scraped-style article written for this
project, NAME.json lists text that MUST survive cleaning ("keep": body sentences, headlines,
datelines, repaired mojibake) and text that MUST go ("drop": nav, share, appeal, bio, teaser).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotesmith as qs
from quotesmith import CleanResult

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def load(name: str):
    raw = (FIXTURES / f"{name}.txt").read_bytes().decode("utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return raw, expected


def test_fixtures_present():
    assert len(NAMES) >= 6


# ------------------------------------------------------------------------------------------
# Fixtures: body kept, furniture dropped, repeats removed


@pytest.mark.parametrize("name", NAMES)
def test_fixture_keeps_every_body_line(name):
    raw, expected = load(name)
    out = qs.clean(raw)
    for text in expected["keep"]:
        assert text in out, f"{name}: lost {text!r}"


@pytest.mark.parametrize("name", NAMES)
def test_fixture_drops_boilerplate(name):
    raw, expected = load(name)
    out = qs.clean(raw)
    for text in expected["drop"]:
        assert text not in out, f"{name}: kept {text!r}"


@pytest.mark.parametrize("name", NAMES)
def test_fixture_body_appears_once(name):
    raw, expected = load(name)
    out = qs.clean(raw)
    for text in expected["keep"]:
        assert out.count(text) == 1, f"{name}: {text!r} appears {out.count(text)} times"


@pytest.mark.parametrize("name", NAMES)
def test_fixture_output_is_tidy(name):
    raw, _ = load(name)
    out = qs.clean(raw)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out
    assert "\n\n\n" not in out
    assert not out.startswith("\n") and out == out.rstrip("\n") + ("\n" if raw.endswith(("\n", "\r")) else "")
    assert all(line == line.rstrip() for line in out.split("\n"))
    for bad in ("â€", "Ã©", "Ã£", "Ã³", "Â "):
        assert bad not in out


@pytest.mark.parametrize("name", NAMES)
def test_fixture_report_rebuilds_text(name):
    raw, _ = load(name)
    r = qs.clean_report(raw)
    assert CleanResult.apply(raw, r.edits) == r.text == qs.clean(raw)
    for e in r.edits:
        assert raw[e.start : e.end] == e.text
        assert e.reason


def test_report_kinds_and_reasons_on_fixtures():
    kinds, reasons = set(), []
    for name in NAMES:
        raw, _ = load(name)
        for e in qs.clean_report(raw).edits:
            kinds.add(e.kind)
            reasons.append(e.reason)
    assert {"boilerplate", "duplicate", "whitespace", "mojibake"} <= kinds
    assert any("donation appeal block" in r for r in reasons)
    assert any("author bio block" in r for r in reasons)
    assert any(r == "teaser headline inside body" for r in reasons)
    assert any(r.startswith("repeat of") for r in reasons)
    assert any("known phrase 'share this article' (share)" == r for r in reasons)


def test_appeal_block_is_one_edit_from_heading_to_button():
    raw, _ = load("appeal_mojibake")
    r = qs.clean_report(raw)
    appeal = [e for e in r.edits if "appeal" in e.reason]
    assert len(appeal) == 1
    assert appeal[0].text.startswith("A Message from") and appeal[0].text.rstrip().endswith("Remind me later.")


def test_repeated_body_removed_as_one_run():
    raw, _ = load("wire_repeat")
    r = qs.clean_report(raw)
    dups = [e for e in r.edits if e.kind == "duplicate"]
    assert len(dups) == 1
    first_half = raw[: len(raw) // 2]
    assert dups[0].text.replace("\r\n", "\n").strip() == first_half.replace("\r\n", "\n").strip()


def test_top_headline_subheadline_and_dateline_are_content():
    raw = (
        "Port Deal Reached After Night of Talks\n"
        "Both sides gave ground on fees, the minister said, but the hard part starts now\n"
        "OSLO, NORWAY:\n"
        "The port authority and the union reached a deal early on Friday after twelve hours of talks.\n"
        "The deal still needs a vote by union members next week.\n"
    )
    assert qs.clean(raw) == raw


def test_teaser_between_body_paragraphs_goes_but_not_a_long_unpunctuated_sentence():
    body = [
        "The council voted to keep the ferry running through the winter months.",
        "Fares will rise by four percent from January, the council said.",
        "The harbour master welcomed the decision in a short statement.",
    ]
    teaser = "Why the Island Ferry Keeps Losing Money"
    raw = "\n".join([body[0], body[1], teaser, body[2]])
    assert qs.clean(raw) == "\n".join(body)
    run_on = "And the ferry will also stop at the north pier when the weather allows it, which has not happened since the storm of last winter"
    raw2 = "\n".join([body[0], body[1], run_on, body[2]])
    assert run_on in qs.clean(raw2)


# ------------------------------------------------------------------------------------------
# Characters


def test_unicode_and_whitespace_rules():
    raw = "  Caf\u0065\u0301 \u00a0au\u2003lait\u200b\u00ad.\t \r\n\r\n\r\n\u0007Next\u00a0line.\r"
    assert qs.clean(raw) == "Café au lait.\n\nNext line.\n"


def test_mojibake_repaired_and_correct_text_untouched():
    assert qs.clean("â€œHelloâ€\x9d, she said â€” twice. RÃ©sumÃ©.") == "“Hello”, she said — twice. Résumé."
    for ok in ("SÃO PAULO", "Gruß“, sagte er", "à « oui »", "naïve café", "Ça va", "1 000 € à Paris"):
        assert qs.clean(ok) == ok


def test_nfkc_on_request():
    assert qs.clean("ﬁnal ２ times…") == "ﬁnal ２ times…"
    assert qs.clean("ﬁnal ２ times…", normalization="NFKC") == "final 2 times..."


def test_quote_and_dash_styles_off_by_default():
    raw = "“It’s done—really,” he said of the 2010–2015 plan."
    assert qs.clean(raw) == raw
    assert qs.clean(raw, quotes="straight") == "\"It's done—really,\" he said of the 2010–2015 plan."
    assert qs.clean(raw, dashes=True) == "“It’s done - really,” he said of the 2010-2015 plan."
    assert qs.clean("\"It's 'fine',\" he said.", quotes="curly") == "“It’s ‘fine’,” he said."


# ------------------------------------------------------------------------------------------
# Each option turns its rule off

RAW_ALL = (
    "Skip to main content\r\n"
    "The mayor of Tromsø met the fishermen\u00a0on Monday and promised a decision.\r\n"
    "Caf\u00c3\u00a9 owners near the harbour said they were \u201chopeful\u201d about it.\r\n"
    "The mayor of Tromsø met the fishermen\u00a0on Monday and promised a decision.\r\n"
    "e\u0301\r\n"
)


def test_default_applies_every_rule():
    out = qs.clean(RAW_ALL)
    assert out == (
        "The mayor of Tromsø met the fishermen on Monday and promised a decision.\n"
        "Café owners near the harbour said they were “hopeful” about it.\n"
        "é\n"
    )


@pytest.mark.parametrize(
    "option, value, survives",
    [
        ("remove_boilerplate", False, "Skip to main content"),
        ("remove_duplicates", False, "about it.\nThe mayor"),
        ("fix_mojibake", False, "Caf\u00c3\u00a9"),
        ("normalize_whitespace", False, "fishermen\u00a0on Monday"),
        ("normalization", None, "e\u0301"),
    ],
)
def test_option_turns_rule_off(option, value, survives):
    out = qs.clean(RAW_ALL, **{option: value})
    assert survives in out
    assert survives not in qs.clean(RAW_ALL)
    if option == "remove_duplicates":
        assert out.count("promised a decision.") == 2


def test_all_rules_off_is_identity():
    out = qs.clean(
        RAW_ALL,
        normalization=None,
        fix_mojibake=False,
        normalize_whitespace=False,
        remove_boilerplate=False,
        remove_duplicates=False,
    )
    assert out == RAW_ALL
    assert qs.clean_report(RAW_ALL, normalization=None, fix_mojibake=False, normalize_whitespace=False,
                           remove_boilerplate=False, remove_duplicates=False).edits == ()


def test_bad_option_values():
    with pytest.raises(ValueError, match="normalization"):
        qs.clean("x", normalization="NFD")
    with pytest.raises(ValueError, match="quotes"):
        qs.clean("x", quotes="fancy")


def test_clean_batch_matches_clean():
    names = NAMES[:4]
    raws = [load(n)[0] for n in names]
    assert qs.clean_batch(raws) == [qs.clean(r) for r in raws]
    assert qs.clean_batch(raws, n_jobs=1) == qs.clean_batch(raws)


# ------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("bad", [None, 12, b"bytes", ["a list"], 3.5])
def test_non_str_raises_type_error(bad):
    for fn in (qs.clean, qs.clean_report):
        with pytest.raises(TypeError, match="expects text as str"):
            fn(bad)


def test_bytes_hint():
    with pytest.raises(TypeError, match="decode"):
        qs.clean(b"caf\xc3\xa9")


def test_empty_and_blank():
    assert qs.clean("") == ""
    r = qs.clean_report("")
    assert r.text == "" and r.edits == ()
    assert qs.clean(" \r\n\t\u200b\n\u00a0") == ""


def test_lone_surrogates_and_nul():
    raw = "Body \ud800 text.\x00 More\udfff text.\n"
    out = qs.clean(raw)
    assert "\x00" not in out and "More" in out
    r = qs.clean_report(raw)
    assert r.text == out
    assert qs.clean("a\x00b\x00\x00c") == "abc"


def test_fifty_megabytes_does_not_crash():
    raw, _ = load("share_bio")
    big = (raw + "\n") * (50_000_000 // (len(raw) + 1) + 1)
    out = qs.clean(big)
    assert 0 < len(out) < len(big)
    assert "Share This article" not in out
    one_line = "word " * 10_000_000  # one 50 MB line
    assert qs.clean(one_line) == one_line.rstrip()


# ------------------------------------------------------------------------------------------
# Property: the report always rebuilds the text

PIECES = st.sampled_from([
    "Share This article", "Dear readers,", "Remind me later.", "About The Author", "Skip to main content",
    "The council met on Monday and agreed on the budget.", "“We will see,” she said.", "Ã©", "â€œ", "â€",
    "\u00a0", "\u200b", "\x00", "\r\n", "\r", "\n", "\n\n", " ", "e\u0301", "ﬁ", "—", "'", '"', "Teaser Line Here",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40),
       st.sampled_from([None, "straight", "curly"]), st.booleans(), st.sampled_from(["NFC", "NFKC", None]))
def test_apply_edits_rebuilds_text(parts, quotes, dashes, normalization):
    raw = "".join(parts)
    r = qs.clean_report(raw, quotes=quotes, dashes=dashes, normalization=normalization)
    assert CleanResult.apply(raw, r.edits) == r.text
    assert r.text == qs.clean(raw, quotes=quotes, dashes=dashes, normalization=normalization)
    pos = 0
    for e in r.edits:
        assert pos <= e.start <= e.end <= len(raw)
        assert raw[e.start : e.end] == e.text
        pos = e.end


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_cleaning_is_idempotent_on_lines(parts):
    once = qs.clean("\n".join(parts))
    assert qs.clean(once) == once
