"""Quote and Edit, the result classes built in Rust: values, not handles."""
import copy
import json
import pickle

import pytest

import quotesmith as qs

TEXT = "Share This article\n“We will keep talking,” Secretary of State Mike Pompeo told reporters. He left."


@pytest.fixture
def quote():
    (q,) = qs.extract_quotes(TEXT)
    return q


def test_quote_fields_are_str_indices_and_named_values(quote):
    assert quote.text == TEXT[quote.start : quote.end] == "We will keep talking,"
    assert quote.span == (quote.start, quote.end)
    assert TEXT[slice(*quote.mention_span)] == quote.speaker_mention == "Secretary of State Mike Pompeo"
    assert TEXT[slice(*quote.cue_span)] == quote.cue == "told reporters"
    assert (quote.speaker, quote.addressee, quote.kind, quote.sentence_index) == ("Mike Pompeo", "reporters", "full", 1)
    assert 0.0 <= quote.confidence <= 1.0 and round(quote.confidence, 3) == quote.confidence


def test_quote_compares_hashes_copies_and_pickles_by_value(quote):
    again = qs.extract_quotes(TEXT)[0]
    assert quote is not again and quote == again and hash(quote) == hash(again)
    assert len({quote, again}) == 1
    for clone in (pickle.loads(pickle.dumps(quote)), copy.copy(quote), copy.deepcopy(quote)):
        assert clone == quote and type(clone) is qs.Quote
    other = qs.extract_quotes("“No,” she said.")[0]
    assert other != quote and (quote == "text") is False


def test_quote_is_immutable_and_has_a_readable_repr(quote):
    with pytest.raises(AttributeError):
        quote.speaker = "someone else"
    assert repr(quote).startswith("Quote(text='We will keep talking,', start=")
    assert "speaker='Mike Pompeo'" in repr(quote)


def test_quote_to_dict_is_json_ready_and_rebuilds_the_quote(quote):
    d = quote.to_dict()
    assert list(d) == list(qs.Quote.__match_args__)
    assert json.loads(json.dumps(d)) == d and d["mention_span"] == list(quote.mention_span)
    rebuilt = qs.Quote(**{k: tuple(v) if k.endswith("_span") and v is not None else v for k, v in d.items()})
    assert rebuilt == quote


def test_quote_supports_pattern_matching(quote):
    match quote:
        case qs.Quote(text, start, end, speaker):
            found = (text, speaker)
    assert found == ("We will keep talking,", "Mike Pompeo")


def test_quote_constructor_checks_types():
    with pytest.raises(TypeError):
        qs.Quote(1, 0, 1, None, None, None, None, None, None, "full", 0, 1.0)


def test_edit_values_and_removals():
    r = qs.clean_report(TEXT)
    (first, *_) = r.edits
    assert first.kind == "boilerplate" and first.is_removal and TEXT[first.start : first.end] == first.text
    assert first == pickle.loads(pickle.dumps(first)) and hash(first) == hash(copy.copy(first))
    assert first.to_dict() == {
        "kind": "boilerplate", "start": 0, "end": 19, "text": "Share This article\n",
        "replacement": "", "reason": first.reason,
    }
    assert qs.CleanResult.apply(TEXT, r.edits) == r.text
    assert repr(first).startswith("Edit(kind='boilerplate', start=0, end=19,")
