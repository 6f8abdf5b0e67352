"""Words that look like statements but are none under the fundus conventions (round 8, precision): one table of
made-up texts per rule, each row text -> every (speaker, content) expected."""
from __future__ import annotations

import pytest

from statement_lookup import speaker_of, speakers_and_contents

# "assume" as "take up" a post (assumed office, a new role, control): no belief.
ASSUMED_POSTS = [
    ('a post word inside a subject clause',
     'Residents assume the post office will close next year.',
     [('Residents', 'the post office will close next year')]),
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
    ("assumes a post if: a subordinate clause after the post",
     "The deputy automatically assumes the chairmanship if the chair resigns.", []),
    ("a post word heading a subject clause before if",
     "Analysts assume control of the port will pass to the navy if the strike goes on.",
     [('Analysts', 'control of the port will pass to the navy if the strike goes on')]),
]

# "think" opening a compound noun ("a think tank") is no belief; the apposition's name then speaks for the later cue.
THINK_TANKS = [
    ('tanks after a pronoun',
     'I think tanks are obsolete.',
     [(None, 'tanks are obsolete')]),
    ('tanks before a verb after a plural subject',
     'Generals think tanks are obsolete.',
     [('Generals', 'tanks are obsolete')]),
    ('tanks before an auxiliary',
     'Many officers think tanks have had their day.',
     [('Many officers', 'tanks have had their day')]),
    ("a think tank in an apposition",
     "Jo Reed, head of a small think tank, and Paul Grant applauded the mayor.", [("Paul Grant", "the mayor")]),
    ("the think tank before a name",
     "Tomas Varga, director of the farm think tank Green Acre, said the dairy subsidy was wasted.",
     [("Tomas Varga", "the dairy subsidy was wasted")]),
]

# "call in/into" is "phone in" (not "called into question"): no statement.
PHONE_INS = [
    ('called into question',
     'Reyes called into question the figures of the board.',
     [('Reyes', 'into question the figures of the board')]),
    ('called into doubt',
     'Reyes called into doubt the claims of the board.',
     [('Reyes', 'into doubt the claims of the board')]),
    ("called in to a show",
     "The coach called in to a late-night sports programme to talk about the transfer.", []),
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
     "Even after the audit was published, Varga continued to deny the books were cooked.",
     [("Varga", "the books were cooked")]),
    ("a span of time",
     "Two winters later, Dr. Brandt called Tomas Varga.", []),
    ("since then",
     "Since that storm, the harbour board has responded with a taller sea wall.", []),
    ("a participle phrase",
     "Touring the coast last summer, the senator hardly mentioned fishing quotas.", []),
    ("most and an -ly adverb",
     "Most recently, Varga called to close the beach after dark.", []),
    ("a long prepositional phrase",
     "On the morning of the final match, Brandt continued to portray the referee as biased.", []),
    ("a prepositional phrase of twelve words",
     "In a long letter to parents still loyal to the head teacher, Varga pleaded with the families to oppose the merger.", []),
    ("a day and a subordinate clause",
     "On Sunday, even as the river kept rising, Brandt wrote to residents about the sandbags.", []),
    ("a time, a clause and at least",
     "Late that night, as the ferry docked in Ayr, the Courier reported at least nine cars had slid off the ramp.",
     [("Courier", "at least nine cars had slid off the ramp")]),
]

# A part before the subject with an auxiliary or a modal, or a noun in -ing/-ly, is a clause: the left content of
# a cue with words after it ("said on Monday") stays.
SCENE_CLAUSES = [
    ('a contrast clause before a cue set off',
     'While the harvest was poor, she added, the prices held.',
     [(None, 'While the harvest was poor, she added, the prices held')]),
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
    ('a short answer stays',
     'Asked whether the dam was safe, the engineer said no.',
     [(None, 'whether the dam was safe'), ('the engineer', 'no')]),
    ("backed off before a participle",
     "Under pressure from growers and rural mayors, the ministry backed off, swapping the tax for a loan scheme.", []),
    ("backed down before a contrast",
     "The club finally backed down, but the fans stayed angry.", []),
    ("an -ly adverb after a comma",
     "The terms were harsh. Still, she refused, mostly.", []),
    ("rejected that, too",
     "When Brandt suggested a joint inspection of the dam, Varga rejected that, too.",
     [("Brandt", "a joint inspection of the dam")]),
]

# "wrote in" is "wrote" and a setting: the document is no content; the content is the clause before the subject or
# the clause after the document's "that"; a "that" after a preposition ("at that hotel") is no complementiser.
SETTINGS_NOT_CONTENT = [
    ('a letter after an apposition',
     '“We need a new bridge,” the mayor, Maria Lopez, wrote in a note to the council.',
     [('Maria Lopez', 'We need a new bridge,')]),
    ('at least once that',
     'Ortiz has said at least once that the plan failed.',
     [('Ortiz', 'the plan failed')]),
    ("wrote in a memo, the clause before",
     "All the ballots were kept in a locked vault, Lena Brandt, the county clerk, wrote in a note to the judge.",
     [("Lena Brandt", "All the ballots were kept in a locked vault")]),
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
     "The farm nearly went bankrupt twice, Varga wrote in his autobiography, “Salt and Clay.”",
     [("Varga", "The farm nearly went bankrupt twice")]),
]

# After an opening participle or -ly adverb phrase whose subject is no name, a shared participle's statement stays
# with no speaker (the opening word is none).
ADVERBIAL_STATEMENTS = [
    ('an adverb phrase and a lower-case subject',
     'Shortly after the vote, the mayor and her aides left, saying the count was rigged.',
     [(None, 'the count was rigged')]),
    ('an adverb and a subordinate clause',
     'Usually when the port floods, the council issues a warning, saying the roads are closed.',
     [(None, 'the roads are closed')]),
    ('a comma inside the participle phrase',
     'Following a long, heated meeting, the council walked out, saying the plan was a disgrace.',
     [(None, 'the plan was a disgrace')]),
]

# A form of saying in -s after a plural quantifier or "including" is a noun ("many reports that …"): no verb, so no
# quantifier as its speaker; a plural subject's verb takes the base form.
PLURAL_NOUNS = [
    ('many reports', 'There were many reports that the harbour master had quit.', [(None, 'the harbour master had quit')]),
    ('including claims', 'The port faced scrutiny, including claims that its cranes were unsafe.', []),
    ('several warnings', 'Several warnings that the pier would flood went unheard.', []),
    ('a name before says stays a verb', 'Aiko Tanaka says the pier will flood.', [('Aiko Tanaka', 'the pier will flood')]),
]

PRECISION_ROWS = (PLURAL_NOUNS + TITLED_SETTINGS + SETTINGS_NOT_CONTENT + ASSUMED_POSTS + THINK_TANKS + PHONE_INS + BYLINES + SCENE_INTROS
                  + SCENE_CLAUSES + LONE_ADVERBS + ADVERBIAL_STATEMENTS)


@pytest.mark.parametrize("name,text,expected", PRECISION_ROWS, ids=[r[0] for r in PRECISION_ROWS])
def test_statements_of_precision_rows(name: str, text: str, expected: list[tuple]) -> None:
    assert speakers_and_contents(text) == expected


# A sentence opening with a participle or an -ly adverb phrase ("Shortly after …,") has its subject after the phrase's
# comma: the opening word is no name.
ADVERBIAL_OPENINGS = [
    ("shortly after",
     "Shortly after the takeover, the staff of the clinic walked out, warning that the cuts would close the ward.",
     "the cuts would close", "the staff of the clinic"),
    ("a subject in an apposition",
     "Following the vote, the mayor, Ana Ortiz, stormed out, saying the count was rigged.",
     "the count was rigged", "Ana Ortiz"),
]


@pytest.mark.parametrize("name,text,content,speaker", ADVERBIAL_OPENINGS, ids=[r[0] for r in ADVERBIAL_OPENINGS])
def test_subject_after_an_adverbial_opening(name: str, text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
