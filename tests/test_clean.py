from flashpoint.clean import clean, paragraphs
from flashpoint.records import Document

BODY = ("Security forces fired on a crowd in the market town on Tuesday, witnesses said, and at least "
        "four people were killed as the demonstration broke up.")


def _cleaned(text: str):
    return clean(Document("d", text))


def test_clean_keeps_offsets_and_length():
    text = "First line\nsecond line [3] here.\n\nAnother paragraph."
    c = _cleaned(text)
    assert len(c.text) == len(text)
    assert c.text.index("Another") == text.index("Another")


def test_clean_masks_a_teaser_repeated_as_the_start_of_a_longer_paragraph():
    teaser = BODY
    text = f"{teaser}\n\nA dateline line here.\n\n{BODY} The army denied firing live rounds."
    c = _cleaned(text)
    reasons = [m.reason for m in c.masks]
    assert "repeated paragraph" in reasons
    first = c.masks[reasons.index("repeated paragraph")]
    assert first.start == 0 and first.end == len(teaser)
    assert "denied firing" in c.text


def test_clean_masks_an_exact_repeat_but_keeps_the_first_copy():
    text = f"{BODY}\n\n{BODY}"
    c = _cleaned(text)
    assert c.text[: len(BODY)] == BODY.replace("\n", " ")
    assert c.text[len(BODY) + 2:].strip() == ""


def test_clean_compares_repeats_after_normalising_whitespace():
    wrapped = BODY.replace(" at least ", "\nat  least ")
    text = f"{wrapped}\n\n{BODY} More follows here."
    assert any(m.reason == "repeated paragraph" and m.start == 0 for m in _cleaned(text).masks)


def test_clean_masks_donation_appeals_and_share_prompts():
    text = (f"{BODY}\n\nIf you found this useful, please consider donating to our newsroom.\n\n"
            "Share this article on Facebook\n\nThe funeral is set for Friday.")
    c = _cleaned(text)
    assert "donating" not in c.text and "Share this" not in c.text
    assert "funeral" in c.text


def test_clean_masks_footnote_markers_and_notes():
    text = "The ministry confirmed the raid.[1] Officials spoke later [12].\n\n[1] Ministry statement, 4 May."
    c = _cleaned(text)
    assert "[1]" not in c.text and "[12]" not in c.text
    assert "Ministry statement" not in c.text
    assert "confirmed the raid." in c.text


def test_clean_masks_bracketed_annotations():
    c = _cleaned("Residents rallied in the square. [size=no report]")
    assert "size=" not in c.text


def test_paragraphs_split_on_blank_lines_only():
    text = "one\ntwo\n\n  \nthree"
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["one\ntwo", "three"]


import pytest  # noqa: E402


@pytest.mark.parametrize("opening", [
    "KANO, Nigeria, March 9 (Wire) - ",
    "GOMA, Democratic Republic of Congo, 14 November 2023 (Wire) - ",
    "BANGKOK, Jan. 9, 2024 (Reuters) - ",
    "PESHAWAR, Pakistan (AP) \u2014 ",
    "NAIROBI/PORT SUDAN, November 8, 2023 (Wire) - ",
])
def test_clean_masks_a_wire_dateline(opening):
    text = opening + "Gunmen killed four villagers on Friday."
    c = _cleaned(text)
    assert c.text.strip().startswith("Gunmen killed")
    assert any(m.reason == "dateline" for m in c.masks)


def test_clean_leaves_an_ordinary_opening_alone():
    text = "Analysis: A year after the massacre, anger has not faded - and may grow."
    assert not any(m.reason == "dateline" for m in _cleaned(text).masks)


def test_a_text_with_one_paragraph_a_line_has_a_paragraph_a_line():
    # A web page's main text: no blank lines, each line a whole paragraph.
    first = ("Residents of a river town marched to the district office on Monday to demand that the "
             "flooded road to the market be repaired before the rains.")
    second = ("On Sunday, armed men set fire to a grain store on the edge of the market and drove away "
              "with two lorries of maize, the district commissioner said.")
    text = f"{first}\n{second}"
    assert paragraphs(text) == [(0, len(first)), (len(first) + 1, len(text))]


def test_hard_wrapped_lines_stay_one_paragraph_until_a_blank_line():
    text = "Residents marched to the district\noffice on Monday.\n\nArmed men set fire\nto a grain store."
    assert [text[a:b] for a, b in paragraphs(text)] == [
        "Residents marched to the district\noffice on Monday.", "Armed men set fire\nto a grain store."]
