"""Quote extraction and speaker attribution through the installed package.

Each attribution pattern has a focused test on a sentence written for it; the gold-file test at
the end checks the accuracy bar on tests/fixtures/quotes_gold.jsonl (scored by
benches/quotes_eval.py, which is imported rather than re-implemented).
"""
from __future__ import annotations

import importlib.util
import json
import pickle
from pathlib import Path

import pytest

import quotesmith as qs
from quotesmith import Quote

ROOT = Path(__file__).resolve().parent.parent


def only(text, **kw):
    quotes = qs.extract_quotes(text, **kw)
    assert len(quotes) == 1, quotes
    return quotes[0]


def by_text(text, **kw):
    return {q.text: q for q in qs.extract_quotes(text, **kw)}


# --------------------------------------------------------------------------------------------
# Marks


def test_straight_and_curly_double_quotes():
    text = '"We are ready," Mayor Ana Ruiz said. “So are we,” said Tomás Vega.'
    got = [(q.text, q.speaker) for q in qs.extract_quotes(text)]
    assert got == [("We are ready,", "Ana Ruiz"), ("So are we,", "Tomás Vega")]


def test_offsets_are_str_indices_after_accents_and_emoji():
    text = "Café 😀 déjà vu — “Ça va très bien,” said Zoë Brontë. 🎉 “Encore,” she added."
    quotes = qs.extract_quotes(text)
    assert [q.text for q in quotes] == ["Ça va très bien,", "Encore,"]
    for q in quotes:
        assert text[q.start : q.end] == q.text
        ms, me = q.mention_span
        assert text[ms:me] == q.speaker_mention
        cs, ce = q.cue_span
        assert text[cs:ce] == q.cue
    assert quotes[1].speaker == "Zoë Brontë"


def test_single_quoted_headline_not_confused_with_apostrophes():
    text = "Peru, Bolivia 'close ranks' on lithium: Quispe\nIt's the '90s all over again, Bolivia's envoy said.\n"
    q = only(text)
    assert q.text == "close ranks"
    assert q.speaker == "Quispe"
    assert q.kind == "partial"


def test_apostrophes_alone_make_no_quotes():
    text = "Russia's envoy didn't say the '90s were over; the players' union and the fans’ club agreed."
    assert qs.extract_quotes(text, include_scare=True) == []


def test_unbalanced_mark_does_not_swallow_the_document():
    para = 'The minister said "we will see about that and left the room.\n'
    rest = "Nothing else here is quoted. " * 200
    text = para + rest + '\n"This is quoted," said Ida Berg.'
    quotes = qs.extract_quotes(text, include_scare=True)
    assert [q.text for q in quotes] == ["This is quoted,"]


def test_multi_paragraph_convention():
    text = (
        'Mayor Inga Holm said: "We will rebuild the bridge.\n\n'
        '"And we will do it before winter," she added.\n'
        'Critics called it "a fantasy.\n'
        "The council meets on Monday.\n"
    )
    q = only(text)
    assert q.kind == "multi-paragraph"
    assert q.text.startswith("We will rebuild") and q.text.endswith("before winter,")
    assert q.speaker == "Inga Holm"


# --------------------------------------------------------------------------------------------
# Attribution patterns


def test_quote_then_speaker_said():
    q = only("“The port will reopen on Friday,” harbour master Ola Dahl said.")
    assert (q.speaker, q.cue, q.kind) == ("Ola Dahl", "said", "full")
    assert q.speaker_mention == "harbour master Ola Dahl"


def test_quote_then_said_speaker():
    q = only('"Nobody warned us," said Lena Fisk, a fisherwoman from Bodø.')
    assert (q.speaker, q.cue, q.speaker_mention) == ("Lena Fisk", "said", "Lena Fisk")


def test_speaker_said_colon_quote():
    q = only('Finance Minister Rahul Mehta said: "The deficit will fall next year."')
    assert (q.text, q.speaker, q.kind) == ("The deficit will fall next year.", "Rahul Mehta", "full")


def test_partial_quote_inside_sentence():
    q = only("Governor Dana Cole said “there is no plan B” for the dam project.")
    assert (q.text, q.speaker, q.kind) == ("there is no plan B", "Dana Cole", "partial")


def test_told_addressee():
    text = (
        "“We will not sign,” Lars Eng told reporters. "
        "“Not this year,” he told Radio Nord on Monday. "
        "“Never,” Eng told the Swedish delegation."
    )
    got = [(q.speaker, q.cue, q.addressee) for q in qs.extract_quotes(text, include_scare=True)]
    assert got == [
        ("Lars Eng", "told reporters", "reporters"),
        ("Lars Eng", "told Radio Nord", "Radio Nord"),
        ("Lars Eng", "told the Swedish delegation", "the Swedish delegation"),
    ]


def test_wrote_on_twitter():
    q = only('"A long day in #Lima. Good talks," Foreign Minister Ana Soto wrote on Twitter.')
    assert (q.speaker, q.cue) == ("Ana Soto", "wrote on Twitter")


def test_according_to():
    q = only("“The vote was rigged,” according to opposition leader Juan Ríos.")
    assert (q.speaker, q.cue) == ("Juan Ríos", "according to")


def test_added():
    text = "“We lost,” coach Emma Lind said. “We will be back,” she added."
    assert [(q.speaker, q.cue) for q in qs.extract_quotes(text)] == [("Emma Lind", "said"), ("Emma Lind", "added")]


def test_cue_after_continuation():
    text = (
        "Health Secretary Omar Said visited the clinic. "
        "“We could halve waiting lists” in the north within a year, he told BBC Radio on Friday."
    )
    q = only(text)
    assert (q.text, q.speaker, q.cue, q.kind) == ("We could halve waiting lists", "Omar Said", "told BBC Radio", "partial")


def test_speaker_in_previous_sentence():
    text = 'Chief Justice Mara Kent spoke after the ruling, Kent said. "The law is clear."'
    q = only(text)
    assert (q.text, q.speaker) == ("The law is clear.", "Mara Kent")
    assert q.confidence < 0.9


def test_run_of_bare_quote_sentences_takes_the_next_speaker():
    text = '"It was a long night." "We are tired but happy," said Karl Moen.'
    got = [(q.text, q.speaker) for q in qs.extract_quotes(text)]
    assert got == [("It was a long night.", "Karl Moen"), ("We are tired but happy,", "Karl Moen")]


def test_speaker_with_relative_clause_before_the_cue():
    q = only('"We will not back down," Ana Ruiz, who led the talks in 2019, said on Tuesday.')
    assert (q.speaker, q.cue) == ("Ana Ruiz", "said")


def test_colon_makes_a_full_quote_and_can_name_the_speaker_alone():
    q = only('Asked whether talks would resume, Defence Minister Pablo Gil said: "Yes, in May."')
    assert (q.speaker, q.kind) == ("Pablo Gil", "full")
    q = only('Lavrov: "We will respond."')
    assert (q.speaker, q.cue, q.kind) == ("Lavrov", None, "full")


def test_us_style_affiliations_and_abbreviations():
    text = (
        "“I voted yes with a heavy heart,” Rep. Maria Lopez, D-Calif., wrote on X. "
        "The talks resumed in Mass. “It is over,” she said."
    )
    got = [(q.speaker, q.cue, q.kind) for q in qs.extract_quotes(text)]
    assert got == [("Maria Lopez", "wrote on X", "full"), ("Maria Lopez", "said", "full")]


def test_organisation_speaker():
    q = only("“There were no such orders,” the Kremlin said in a statement.")
    assert (q.speaker, q.cue) == ("the Kremlin", "said in a statement")


def test_pronoun_resolves_to_most_recent_compatible_person():
    text = (
        "Prime Minister Mark Olsen met Chancellor Ursula Brandt in Oslo. "
        "“The pipeline is ready,” Olsen said. “We need more time,” Brandt said. "
        "“Not a day more,” he said. “We will see,” she said."
    )
    got = [q.speaker for q in qs.extract_quotes(text)]
    assert got == ["Mark Olsen", "Ursula Brandt", "Mark Olsen", "Ursula Brandt"]


def test_pronoun_prefers_the_person_mentioned_last():
    text = (
        "Prime Minister Ana Ruiz spoke first. Later, Defence Minister Pablo Gil arrived. "
        "Gil met the press. “We are ready,” he said."
    )
    assert only(text).speaker == "Pablo Gil"


def test_she_finds_a_woman_named_outside_subject_position():
    text = (
        "Mehta beat Norway's Sigrid Holm on Sunday. "
        "Holm, 24, was gracious. “He was better today,” she said. "
        "“I was lucky,” Mehta said."
    )
    assert [q.speaker for q in qs.extract_quotes(text)] == ["Sigrid Holm", "Mehta"]


def test_they_resolves_to_a_group_subject():
    text = "Residents were furious on Monday. “Nobody asked us,” they said."
    assert only(text).speaker == "Residents"


def test_bare_plural_role_before_a_cue():
    q = only("The barrier 'will not be ready' before spring, engineers warn.")
    assert (q.speaker, q.cue) == ("engineers", "warn")


def test_one_canonical_name_per_person():
    text = (
        "Secretary of State Mike Pompeo arrived in Sochi on Tuesday. "
        "“We share goals,” Pompeo said. “We will talk,” Secretary of State Mike Pompeo told reporters. "
        "“It is hard,” he said. “We hope so,” Vladamir Putin said. “Yes,” said President Vladimir Putin. "
        "“No,” Vladimir Putin added."
    )
    speakers = [q.speaker for q in qs.extract_quotes(text, include_scare=True)]
    # The misspelling merges into the more frequent full form.
    assert speakers == ["Mike Pompeo"] * 3 + ["Vladimir Putin"] * 3


def test_scare_quotes_only_on_request():
    text = 'The court labelled the paper "undesirable" and screened the film “The Last Ferry.”'
    assert qs.extract_quotes(text) == []
    scare = qs.extract_quotes(text, include_scare=True)
    assert [(q.text, q.kind, q.speaker) for q in scare] == [
        ("undesirable", "scare", None),
        ("The Last Ferry.", "scare", None),
    ]


def test_indirect_speech_only_on_request():
    text = "Pompeo said some of those shared issues include counterterrorism and arms control."
    assert qs.extract_quotes(text) == []
    q = only(text, include_indirect=True)
    assert q.kind == "indirect"
    assert q.text == "some of those shared issues include counterterrorism and arms control"
    assert (q.speaker, q.speaker_mention, q.cue) == ("Pompeo", "Pompeo", "said")
    q = only("The talks could resume in May, Foreign Minister Eva Lund said on Friday.", include_indirect=True)
    assert (q.text, q.speaker) == ("The talks could resume in May", "Eva Lund")
    assert q.speaker_mention == "Foreign Minister Eva Lund"
    # A quote after the cue is a partial quote, not reported speech around it.
    text = 'Regarding the dam, Governor Dana Cole said "there is no plan B."'
    assert [q.kind for q in qs.extract_quotes(text, include_indirect=True)] == ["partial"]


def test_confidence_reflects_pattern_strength():
    text = '"We won," Ivo Petrov said. "Nobody expected it."'
    direct, chained = qs.extract_quotes(text)
    assert 0.0 <= chained.confidence < direct.confidence <= 1.0


def test_sentence_index_points_at_the_quote_sentence():
    text = "The storm hit at night. Roofs were torn off. “We lost everything,” said Mia Holt."
    q = only(text)
    spans = qs.sentence_spans(text)
    s, e = spans[q.sentence_index]
    assert s <= q.start < e


# --------------------------------------------------------------------------------------------
# The Quote object and the batch API


def test_quote_is_hashable_serialisable_and_pickles():
    q = only("“We will keep talking,” Secretary of State Mike Pompeo told reporters.")
    assert isinstance(q, Quote)
    assert len({q, q}) == 1
    d = q.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["mention_span"] == list(q.mention_span)
    assert pickle.loads(pickle.dumps(q)) == q


def test_batch_equals_single():
    docs = [json.loads(l)["text"] for l in (ROOT / "tests/fixtures/quotes_gold.jsonl").read_text("utf-8").splitlines()]
    docs += ["", "no quotes at all", '"unclosed']
    for kw in ({}, {"include_scare": True, "include_indirect": True}):
        assert qs.extract_quotes_batch(docs, **kw) == [qs.extract_quotes(d, **kw) for d in docs]
        assert qs.extract_quotes_batch(docs, n_jobs=1, **kw) == [qs.extract_quotes(d, **kw) for d in docs]


# --------------------------------------------------------------------------------------------
# Adversarial sizes: bounded output, no error (time is measured in benches, never here)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 10_000,
        "“" * 10_000 + "x",
        '" a ' * 10_000,
        "“" + "word " * 200_000 + "”",
        ("“quoted words,” he said. " * 40_000),
        "'" * 10_000 + "’" * 10_000,
        "Mr. " * 50_000 + '"Hi," said Mr. Smith.',
    ],
    ids=["straight", "curly-open", "spaced", "1MB-quote", "40k-quotes", "singles", "titles"],
)
def test_adversarial_inputs_stay_bounded(text):
    quotes = qs.extract_quotes(text, include_scare=True, include_indirect=True)
    assert len(quotes) <= text.count('"') + text.count("“") + text.count("'") + text.count("’") + 10
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


# --------------------------------------------------------------------------------------------
# The accuracy bar


def _eval_module():
    spec = importlib.util.spec_from_file_location("quotes_eval", ROOT / "benches" / "quotes_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_file_accuracy(capsys):
    ev = _eval_module()
    docs = ev.load(ROOT / "tests" / "fixtures" / "quotes_gold.jsonl")
    assert len(docs) >= 8 and sum(len(d["quotes"]) for d in docs) >= 40
    for d in docs:
        for g in d["quotes"]:
            assert 0 <= g["start"] < g["end"] <= len(d["text"])
    r = ev.evaluate(docs, ev.quotesmith_predict)
    assert r["f1"] >= 0.95, r["errors"]
    assert r["speaker_accuracy"] >= 0.90, r["errors"]
