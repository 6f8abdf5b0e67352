"""Quotes matched by their words across articles, judged against their source (made-up sentences)."""
import pytest
from hypothesis import given, strategies as st

from quotetrail.corpus.changes import change_types, is_altered
from quotetrail.corpus.link import article_units_of
from quotetrail.corpus.matching import ALTERED, PARAPHRASED, SOURCE, VERBATIM, ArticleUnits, match_quotes, word_diff
from quotetrail.corpus.variants import speakers_compatible
from quotetrail.corpus.wording import article_units, canonical, tokens

SOURCE_QUOTE = "We will not reopen the old harbour bridge before 2027, and the repairs will cost 40 million."


def canon(text):
    return [canonical(w) if w != "…" else w for w in tokens(text)]


@pytest.mark.parametrize("later", [
    "We will not reopen the old harbour bridge before 2027",  # cut short at the end
    "the old harbour bridge before 2027, and the repairs will cost 40 million",  # cut short at the start
    "We will not reopen the old harbour bridge ... will cost 40 million",  # cut in the middle, with an ellipsis
    "WE WILL NOT REOPEN THE OLD HARBOUR BRIDGE",  # case
    "We will not reopen the old harbor bridge before 2027",  # American spelling
    "We will not re-open the old harbour bridge before 2027",  # hyphenation
])
def test_harmless_differences_are_not_alterations(later):
    assert not is_altered(canon(SOURCE_QUOTE), canon(later))


@pytest.mark.parametrize("source, later", [
    ("It's a long term plan for the neighbourhood", "Its a long-term plan for the neighborhood"),
    ("We must organise the centre's defence", "We must organize the center's defense"),
    ("the travelled road and the cancelled colour show", "the traveled road and the canceled color show"),
])
def test_apostrophes_hyphens_and_spelling_are_one_wording(source, later):
    assert canon(source) == canon(later)


@pytest.mark.parametrize("later, expected", [
    ("We will reopen the old harbour bridge before 2027", "negation"),
    ("We will never reopen the old harbour bridge before 2027", "substituted"),
    ("We will not reopen the old harbour bridge before 2029", "number"),
    ("We will not reopen the old harbour bridge before 2027, and the repairs will cost 45 million", "number"),
    ("We would not reopen the old harbour bridge before 2027", "tense"),
    ("We will not reopen the old and unsafe harbour bridge before 2027", "added"),
    ("We will not reopen the harbour bridge old before 2027", "reordered"),
    ("We will not reopen the old bridge before 2027", "omitted"),
    ("We will not reopen the splendid harbour bridge before 2027", "substituted"),
])
def test_change_types(later, expected):
    assert is_altered(canon(SOURCE_QUOTE), canon(later))
    assert expected in change_types(canon(SOURCE_QUOTE), canon(later))


def test_negation_flip_through_a_contraction():
    types = change_types(canon("The mayor did not sign the order"), canon("The mayor didn't sign the order"))
    assert "negation" not in types
    assert "negation" in change_types(canon("I didn't see the boat"), canon("I did see the boat"))


def test_name_change():
    source = "Councillor Brenna Akintola approved the plan on Monday"
    later = "Councillor Tomas Akintola approved the plan on Monday"
    units = article_units(1, f"“{source}.”"), article_units(2, f"“{later}.”")
    types = change_types(units[0][0].plain, units[1][0].canon, units[0][0].names, units[1][0].names)
    assert "name" in types


@pytest.mark.parametrize("a, b, ok", [
    ("alec baldwin", "baldwin", True), ("alec baldwin", "alec baldwin", True), (None, "x", True),
    ("alec baldwin", "hilaria baldwin", False), ("joe biden", "hunter biden", False),
])
def test_speakers_compatible(a, b, ok):
    assert speakers_compatible(a, b) is ok


def test_units_split_at_quote_marks_and_sentences():
    text = ('The ferry was late. "We are sorry for the delay. The engine failed near Osterby," '
            'the captain said. She added that "nobody was ever in danger on board".')
    units = article_units(7, text)
    assert [(u.text, u.quoted) for u in units] == [
        ("The ferry was late.", False), ("We are sorry for the delay.", True), ("The engine failed near Osterby", True),
        ("the captain said.", False), ("She added that", False), ("nobody was ever in danger on board", True)]
    assert all(text[u.start:u.end] == u.text for u in units)


def test_quote_running_over_lost_paragraph_break():
    text = 'He said: "The pier is closed for now. "We hope to reopen it in spring." Then he left.'
    quoted = [u.text for u in article_units(1, text) if u.quoted]
    assert quoted == ["The pier is closed for now.", "We hope to reopen it in spring."]


def _article(id_, text, date, speakers=None, source=None):
    units = article_units(id_, text)
    names = [speakers.get(u.text) if speakers else None for u in units]
    statements = [i if n else None for i, n in enumerate(names)]
    return ArticleUnits(id_, (0, date, id_), units, names, statements, source, f"doc-{id_}")


def _only(clusters, word):
    (cluster,) = [c for c in clusters if any(word in m.unit.text for m in c.members)]
    return {m.key[0]: m for m in cluster.members}


def test_a_strong_text_match_links_whatever_the_speaker():
    first = _article(1, '"The grain silo in Port Varna will close in 2025," Ilse Mardon said.', "2024-01-01",
                     {"The grain silo in Port Varna will close in 2025": "Ilse Mardon"})
    later = _article(2, 'A union official said: "The grain silo in Port Varna will close in 2026."', "2024-01-02",
                     {"The grain silo in Port Varna will close in 2026.": "union official"})
    members = _only(match_quotes({1: first, 2: later}, [(1, 2)]), "silo")
    assert members[1].relation == SOURCE
    assert members[2].relation == ALTERED and "number" in members[2].changes
    assert ["-", "2025"] in members[2].diff and ["+", "2026"] in members[2].diff


def test_judged_against_the_source_not_the_fullest_wording():
    first = _article(1, '"The old dam above Rulle is safe."', "2024-01-01")
    fuller = _article(2, '"The old dam above Rulle is safe and the valley can sleep calmly tonight."', "2024-01-02")
    cut = _article(3, '"The old dam above Rulle is safe."', "2024-01-03")
    clusters = match_quotes({1: first, 2: fuller, 3: cut}, [(1, 2), (2, 3), (1, 3)])
    members = _only(clusters, "dam")
    assert members[1].relation == SOURCE
    assert members[2].relation == VERBATIM  # ran on after the source's words: not a change of them
    assert members[3].relation == VERBATIM and members[3].source == (1, 0)  # its first appearance


def test_derived_source_is_preferred_to_first_appearance():
    first = _article(1, '"Our bakery will hire twelve people this spring."', "2024-01-01")
    rewrite = _article(2, '"Our bakery will hire twenty people this spring."', "2024-01-02")
    copy = _article(3, '"Our bakery will hire twenty people this spring."', "2024-01-03", source=2)
    members = _only(match_quotes({1: first, 2: rewrite, 3: copy}, [(1, 2), (1, 3), (2, 3)]), "bakery")
    assert members[2].relation == ALTERED and members[3].relation == VERBATIM and members[3].source == (2, 0)


def test_quoted_paraphrase_and_paraphrased():
    narrative = _article(1, "The minister said the new tram line would open three months late.", "2024-01-01")
    quoting = _article(2, 'The minister said: "The new tram line will open three months late."', "2024-01-02")
    members = _only(match_quotes({1: narrative, 2: quoting}, [(1, 2)]), "tram")
    assert members[2].relation == ALTERED and "quoted_paraphrase" in members[2].changes

    direct = _article(3, '"The library on Kelm Street will shut its doors for good," the mayor said.', "2024-01-01")
    reported = _article(4, "The mayor said the library on Kelm Street will shut its doors for good.", "2024-01-02",
                        {"The mayor said the library on Kelm Street will shut its doors for good.": "the mayor"})
    members = _only(match_quotes({3: direct, 4: reported}, [(3, 4)]), "library")
    assert members[4].relation == PARAPHRASED and not members[4].altered


def test_two_narrative_sentences_are_not_linked():
    a = _article(1, "Heavy snow closed the mountain pass near Duvik on Sunday.", "2024-01-01")
    b = _article(2, "Heavy snow closed the mountain pass near Duvik on Sunday night.", "2024-01-02")
    assert match_quotes({1: a, 2: b}, [(1, 2)]) == []


def test_only_candidate_pairs_are_compared():
    a = _article(1, '"The museum roof is leaking badly again."', "2024-01-01")
    b = _article(2, '"The museum roof is leaking badly again."', "2024-01-02")
    assert match_quotes({1: a, 2: b}, []) == []


def test_weak_match_needs_a_rewrite_pair_or_the_same_speaker():
    a = _article(1, '"Prices at the fish market doubled after the storm."', "2024-01-01",
                 {"Prices at the fish market doubled after the storm.": "Ana Ruiz"})
    b = _article(2, '"Everything got so expensive once the storm hit the harbour market."', "2024-01-02",
                 {"Everything got so expensive once the storm hit the harbour market.": "Bo Lindahl"})
    assert match_quotes({1: a, 2: b}, [(1, 2)]) == []
    b.source = 1
    members = _only(match_quotes({1: a, 2: b}, [(1, 2)]), "storm")
    assert members[2].relation == ALTERED


_FERRY_SOURCE = ("The ferry from Osterby to Kalm broke down in heavy fog on Tuesday morning. "
                 "Captain Lise Harrow spoke to reporters at the harbour office after the rescue. "
                 '"I was quite shaken by how fast the engine room flooded," she said. '
                 "The coastguard towed the ferry back to Osterby before noon on Tuesday.")
_FERRY_REWRITE = ("On Tuesday morning the Osterby to Kalm ferry broke down in heavy fog. "
                  "Captain Lise Harrow spoke with reporters outside the harbour office after the rescue. "
                  '"Water poured below deck within minutes," {speaker}. '
                  "Before noon on Tuesday the coastguard towed the ferry back to Osterby.")


def _ferry(speaker_phrase, speakers):
    source = _article(1, _FERRY_SOURCE, "2024-01-01", {"I was quite shaken by how fast the engine room flooded": "Lise Harrow"})
    rewrite = _article(2, _FERRY_REWRITE.format(speaker=speaker_phrase), "2024-01-02",
                       {"Water poured below deck within minutes": speakers}, source=1)
    return source, rewrite


def test_a_reworded_quote_in_the_same_slot_of_a_rewrite_is_linked_and_altered():
    # no content word in common: only the sentences around it say which quote it is
    source, rewrite = _ferry("Harrow said", "Harrow")
    members = _only(match_quotes({1: source, 2: rewrite}, [(1, 2)]), "Water poured")
    assert members[1].relation == SOURCE and "shaken" in members[1].unit.text
    assert members[2].relation == ALTERED and members[2].source == (1, 2)


def test_the_same_slot_does_not_link_another_speaker_or_an_article_that_is_no_rewrite():
    source, rewrite = _ferry("a deckhand said", "Tomas Berg")
    assert not [c for c in match_quotes({1: source, 2: rewrite}, [(1, 2)]) if len(c.members) > 1]
    source, rewrite = _ferry("Harrow said", "Harrow")
    rewrite.source = None  # the same story only: order says nothing
    assert not [c for c in match_quotes({1: source, 2: rewrite}, [(1, 2)]) if len(c.members) > 1]


def _said(id_, text, date, speaker, persons):
    quote = text[text.index("“") + 1:text.index("”")]
    start = text.index(quote)
    return article_units_of(id_, f"doc-{id_}", text, date, False, [(id_, start, start + len(quote), speaker)], None,
                            persons)


def test_speakers_agree_as_people_not_as_names():
    # a reworded quote sharing mostly grammar words is admitted only with the same speaker: "Dana"
    # and "Dana Okafor" agree when they are one person, whatever their names
    first = _said(1, "“The roof of the Kessler building collapsed within an hour, we could not save it,” she said.",
                  "2024-01-01", "Dana Okafor", {"Dana Okafor": "Dana Okafor"})
    text = "“The roof of the old depot gave way within an hour, we could not stop it,” Dana said."
    assert match_quotes({1: first, 2: _said(2, text, "2024-01-02", "Dana", {"Dana": "Dana Okafor"})}, [(1, 2)])
    assert not match_quotes({1: first, 2: _said(2, text, "2024-01-02", "Dana", {"Dana": "Dana Ruiz"})}, [(1, 2)])
    assert not match_quotes({1: first, 2: _said(2, text, "2024-01-02", "Dana", None)}, [(1, 2)])  # names only


def test_the_same_slot_says_nothing_in_a_pair_that_shares_few_sentences():
    # taken for a rewrite, but telling the event in its own sentences: an independent report
    source = _article(1, _FERRY_SOURCE, "2024-01-01",
                      {"I was quite shaken by how fast the engine room flooded": "Lise Harrow"})
    report = _article(2, "A Kalm ferry lost power off the coast in fog. Passengers waited for hours on deck. "
                         '"Water poured below deck within minutes," Harrow said. Osterby harbour reopened at noon. '
                         "Ferry services resume next week.", "2024-01-02",
                      {"Water poured below deck within minutes": "Harrow"}, source=1)
    assert not [c for c in match_quotes({1: source, 2: report}, [(1, 2)]) if len(c.members) > 1]


_words = st.lists(st.sampled_from("the harbour bridge will not reopen before spring and repairs cost more".split()),
                  min_size=1, max_size=25)


@given(_words, _words)
def test_diff_rebuilds_source_and_later_wording(source, later):
    a, b = (article_units(i, '"' + " ".join(w) + '"') for i, w in ((1, source), (2, later)))
    if not a or not b:
        return
    diff = word_diff(a[0], b[0])
    assert " ".join(w for op, w in diff if op in "=-").split() == a[0].words
    assert " ".join(w for op, w in diff if op in "=+").split() == b[0].words


@given(_words, st.data())
def test_a_contiguous_run_is_never_altered(source, data):
    start = data.draw(st.integers(0, len(source) - 1))
    end = data.draw(st.integers(start + 1, len(source)))
    assert not is_altered(source, source[start:end])


@pytest.mark.parametrize("later", [
    "The council said: \"It's a long-term plan for the neighborhood and we will organize it.\"",  # straight marks
    "The council said: ‘It’s a long term plan for the neighbourhood and we will organise it.’",  # single marks
    "The council said: “IT'S A LONG TERM PLAN FOR THE NEIGHBOURHOOD”",  # case, cut short
])
def test_harmless_variants_are_linked_as_verbatim(later):
    first = _article(1, "The council said: “It’s a long term plan for the neighbourhood and we will organise it.”",
                     "2024-01-01")
    members = _only(match_quotes({1: first, 2: _article(2, later, "2024-01-02")}, [(1, 2)]), "plan")
    assert members[2].relation == VERBATIM and members[2].changes == []
