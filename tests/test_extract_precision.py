"""Words that look like statements but are none under the fundus conventions (round 8, precision): one table of
made-up texts per rule, each row text -> every (speaker, content) expected."""
from __future__ import annotations

import pytest

from statement_lookup import speaker_of, speakers_and_contents

# "assume" as "take up" a post (assumed office, a new role, control): no belief.
ASSUMED_POSTS = [
    ('a post word heading a subject clause',
     'Most analysts assume control of the senate will stay with the party.',
     [('analysts', 'control of the senate will stay with the party')]),
    ('a post word before a verb',
     'Voters assumed the job of mayor was unpaid.',
     [('Voters', 'the job of mayor was unpaid')]),
    ('power heading a subject clause',
     'Investors assume power in the region will shift to the south.',
     [('Investors', 'power in the region will shift to the south')]),
    ("assumed office",
     "When she assumed office in 2019, the mayor closed the depot.", []),
    ("assumed a new role",
     "Paul Grant assumed a new role as chief of the port authority last spring.", []),
    ("would assume control",
     "The coach would assume control of the squad in June.", []),
    ("assumed the presidency",
     "Ortiz assumed the presidency of the club after the vote.", []),
]

# "think" opening a compound noun ("a think tank") is no belief; the apposition's name then speaks for the later cue.
THINK_TANKS = [
    ('tanks before a verb after a plural subject',
     'Generals think tanks are obsolete.',
     [('Generals', 'tanks are obsolete')]),
    ('tanks before an auxiliary',
     'Many officers think tanks have had their day.',
     [('Many officers', 'tanks have had their day')]),
    ("a think tank in an apposition",
     "Jo Reed, head of a small think tank, and Paul Grant applauded the mayor.", [("Paul Grant", "the mayor")]),
    ("the think tank before a name",
     "Ana Ortiz, a founder of the harbour think tank Sea Watch, said the port had failed.",
     [("Ana Ortiz", "the port had failed")]),
]

# "call in/into" is "phone in" (not "called into question"): no statement.
PHONE_INS = [
    ('called into doubt',
     'Reyes called into doubt the claims of the board.',
     [('Reyes', 'into doubt the claims of the board')]),
    ("called in to a show",
     "She recently called in to a radio show about the floods in the valley.", []),
    ("called into a programme",
     "Ortiz called into the morning programme when she was ill at home.", []),
]

# A byline label at a line's start ("Contributing: names") is no transcript turn.
BYLINES = [
    ("contributing",
     "The council met on Monday.\n\nContributing: Ana Ortiz and Jo Reed of the Harbour Gazette.", []),
]

# A scene-setting phrase before the subject of a cue whose sentence goes on after it is no content of that cue;
# a statement elsewhere in the sentence stays.
SCENE_INTROS = [
    ("subordinate clause after even",
     "Even after the complaint was filed, Reyes continued to deny he had touched her.",
     [("Reyes", "he had touched her")]),
    ("a span of time",
     "A year later, Mr. Ortiz called Ana Reyes.", []),
    ("since then",
     "Since then, the council has responded by building a wall.", []),
    ("a participle phrase",
     "Campaigning in the north in 2019, she barely mentioned the port.", []),
    ("most and an -ly adverb",
     "Most recently, Ortiz called to ban boats from the bay.", []),
    ("a long prepositional phrase",
     "On the same day as the court ruling, Reyes continued to portray the plan as a threat.", []),
    ("a prepositional phrase of twelve words",
     "In a direct appeal to the voters inclined to back the mayor, Reyes pleaded with them to reject the plan.", []),
    ("a day and a subordinate clause",
     "On Tuesday, even as shares were falling, Ortiz wrote to investors about the plan.", []),
    ("a time, a clause and at least",
     "Friday morning, as the parade rolled through Leeds, the Gazette reported at least six planes filled the skies.",
     [("Gazette", "at least six planes filled the skies")]),
]

# A part before the subject with an auxiliary or a modal, or a noun in -ing/-ly, is a clause: the left content of
# a cue with words after it ("said on Monday") stays.
SCENE_CLAUSES = [
    ('a condition around a cue set off by its adverbials',
     'If the council can build a bridge, she said, without cranes or barges, then it can fix the port.',
     [(None, 'If the council can build a bridge, she said, without cranes or barges, then it can fix the port')]),
    ('unless around a cue with a time',
     'Unless the fees fall, she warned on Monday, with a sigh, the port will close.',
     [(None, 'Unless the fees fall, she warned on Monday, with a sigh, the port will close')]),
    ('a clause with a pronoun in -ing',
     'Nothing has changed, Ortiz said on Monday.',
     [('Ortiz', 'Nothing has changed')]),
    ('a clause with a relative',
     'Everything the mayor has done is a failure, Ortiz said on Monday.',
     [('Ortiz', 'Everything the mayor has done is a failure')]),
    ('a clause with a modal',
     'Something must give, Reyes told reporters in Leeds.',
     [('Reyes', 'Something must give')]),
    ('an adjective in -ly',
     'Early voting was brisk, officials said on Tuesday.',
     [('officials', 'Early voting was brisk')]),
    ('a gerund subject',
     'Bringing the port back will take years, Ortiz said in Leeds.',
     [('Ortiz', 'Bringing the port back will take years')]),
    ('a name in -ing',
     'Beijing is the real winner, Ortiz said on Monday.',
     [('Ortiz', 'Beijing is the real winner')]),
    ('a gerund subject with a modal',
     'Raising the fees would hurt families, the union argued in a letter.',
     [('the union', 'Raising the fees would hurt families')]),
    ('an -ly adverb before a clause',
     'Thankfully nobody was hurt, police said late Sunday.',
     [('police', 'Thankfully nobody was hurt')]),
    ('an -ly adverb before a determiner',
     'Unfortunately the plan failed, Reyes said in Leeds.',
     [('Reyes', 'Unfortunately the plan failed')]),
    ('a prepositional phrase before a clause',
     'In the end the voters will decide, Ortiz said on Monday.',
     [('Ortiz', 'In the end the voters will decide')]),
    ('without and a clause',
     'Without the grant the mill would close, Reyes said at the meeting.',
     [('Reyes', 'Without the grant the mill would close')]),
    ('a condition and a clause',
     'If the port closes the town will die, Reyes warned on Monday.',
     [('Reyes', 'If the port closes the town will die')]),
    ('once and a clause',
     'Once the bridge opens traffic will ease, Ortiz told the Gazette on Friday.',
     [('Ortiz', 'Once the bridge opens traffic will ease')]),
]

# A content that is one particle or adverb is no content ("backed down", "refused, generally"); a short answer is.
LONE_ADVERBS = [
    ("backed off before a participle",
     "Facing anger from unions and towns in the valley, Leeds backed off, replacing the levy with a grant.", []),
    ("backed down before a contrast",
     "The party eventually backed down, but Ortiz used the row to rally fans.", []),
    ("an -ly adverb after a comma",
     "The fee is high. And he refused, generally.", []),
    ("rejected that, too",
     "Ortiz proposed a debate on the radio, but Reyes rejected that, too.", [("Ortiz", "a debate on the radio")]),
]

# "wrote in" is "wrote" and a setting: the document is no content; the content is the clause before the subject or
# the clause after the document's "that"; a "that" after a preposition ("at that hotel") is no complementiser.
SETTINGS_NOT_CONTENT = [
    ('at least once that',
     'Ortiz has said at least once that the plan failed.',
     [('Ortiz', 'the plan failed')]),
    ("wrote in a memo, the clause before",
     "The files were placed in secure storage, Ana Ortiz, the head of records, wrote in a memo to the board.",
     [("Ana Ortiz", "The files were placed in secure storage")]),
    ("wrote in a blog post that",
     "Reyes wrote in a blog post that the port had failed.", [("Reyes", "the port had failed")]),
    ("at that hotel that",
     "Ortiz said on Monday in an interview at that hotel that the port had failed.",
     [("Ortiz", "the port had failed")]),
]

# A title in quote marks after "told" is the show told, and after a comma closing a book or show setting it is that
# setting's name: no content; the content is the clause after "that", or before the subject.
TITLED_SETTINGS = [
    ('short speech after a tweet',
     'Ortiz wrote in a tweet, “Sad.”',
     [('Ortiz', '“Sad.”')]),
    ('capitalised speech after a post',
     'Reyes wrote in a post, “Never Again.”',
     [('Reyes', '“Never Again.”')]),
    ('a continuation after a post',
     '“We lost the vote,” Ortiz wrote in her post, “Sorry.”',
     [('Ortiz', 'We lost the vote,'), ('Ortiz', '“Sorry.”')]),
    ("told a show and a time",
     "“I was in a house in Leeds with a bad phone,” Ortiz told BBC’s “Breakfast” on Monday.",
     [("Ortiz", "I was in a house in Leeds with a bad phone,")]),
    ("told a show that",
     "Reyes told Harbour FM’s “Morning Drive” that the port had failed.", [("Reyes", "the port had failed")]),
    ("a memoir's title",
     "The fees rose in 2010, Ortiz wrote in her memoir, “Hard Tides.”", [("Ortiz", "The fees rose in 2010")]),
]

NO_STATEMENT = TITLED_SETTINGS + SETTINGS_NOT_CONTENT + ASSUMED_POSTS + THINK_TANKS + PHONE_INS + BYLINES + SCENE_INTROS + SCENE_CLAUSES + LONE_ADVERBS


@pytest.mark.parametrize("name,text,expected", NO_STATEMENT, ids=[r[0] for r in NO_STATEMENT])
def test_no_statement(name: str, text: str, expected: list[tuple]) -> None:
    assert speakers_and_contents(text) == expected


# A sentence opening with a participle or an -ly adverb phrase ("Shortly after …,") has its subject after the phrase's
# comma: the opening word is no name.
ADVERBIAL_OPENINGS = [
    ("shortly after",
     "Shortly after the vote, the owners of the mill had gathered, warning that the deal would ruin the town.",
     "the deal would ruin", "the owners of the mill"),
    ("a subject in an apposition",
     "Following the vote, the mayor, Ana Ortiz, stormed out, saying the count was rigged.",
     "the count was rigged", "Ana Ortiz"),
]


@pytest.mark.parametrize("name,text,content,speaker", ADVERBIAL_OPENINGS, ids=[r[0] for r in ADVERBIAL_OPENINGS])
def test_subject_after_an_adverbial_opening(name: str, text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
