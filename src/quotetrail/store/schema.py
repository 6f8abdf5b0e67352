"""The SQLite schema, as an ordered list of migrations recorded in the database itself.

A migration is applied once, in order, and recorded in ``migrations``; ``PRAGMA user_version``
holds the latest version so a reader can tell at once whether a file is current.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, statements with full-text search, speakers, rejections, corpus links",
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL UNIQUE,          -- the article id shown to users
            key TEXT NOT NULL UNIQUE,          -- hash of normalised text (and URL): the dedup key
            title TEXT, url TEXT, outlet TEXT, author TEXT,
            date TEXT,                         -- ISO date as given or inferred
            date_inferred INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '[]',  -- JSON list of input problems
            truncated INTEGER NOT NULL DEFAULT 0,
            boilerplate TEXT NOT NULL DEFAULT '[]',  -- JSON list of [start, end, label]
            text TEXT NOT NULL,
            linked INTEGER NOT NULL DEFAULT 0, -- 1 once corpus linking has seen the article
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        CREATE INDEX articles_date ON articles(date);
        CREATE INDEX articles_outlet ON articles(outlet);

        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            doc TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'post')),
            cue TEXT, cue_start INTEGER, cue_end INTEGER,
            speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
            source TEXT, via TEXT, handle TEXT, date TEXT,
            confidence REAL NOT NULL
        );
        CREATE INDEX statements_article ON statements(article_id);
        CREATE INDEX statements_speaker ON statements(speaker);
        CREATE INDEX statements_kind ON statements(kind);

        CREATE VIRTUAL TABLE statements_fts USING fts5(
            text, speaker, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
            INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
        END;
        CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
            INSERT INTO statements_fts(statements_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        END;

        CREATE TABLE speakers (              -- canonical speakers as each article names them
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            handles TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX speakers_name ON speakers(name);

        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            item TEXT NOT NULL,
            code TEXT NOT NULL,
            detail TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            UNIQUE (item, code)
        );

        -- Corpus-level relations, written by `quotetrail link`.
        CREATE TABLE variant_clusters (
            id INTEGER PRIMARY KEY,
            speaker TEXT,
            root_statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
            altered INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT, first_seen_inferred INTEGER NOT NULL DEFAULT 0, first_doc TEXT
        );
        CREATE TABLE variant_members (
            cluster_id INTEGER NOT NULL REFERENCES variant_clusters(id) ON DELETE CASCADE,
            statement_id INTEGER NOT NULL UNIQUE REFERENCES statements(id) ON DELETE CASCADE,
            diff TEXT NOT NULL DEFAULT '[]',   -- JSON word-level diff against the root
            altered INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX variant_members_cluster ON variant_members(cluster_id);
        CREATE TABLE derived (
            doc TEXT NOT NULL REFERENCES articles(doc) ON DELETE CASCADE,
            source TEXT NOT NULL REFERENCES articles(doc) ON DELETE CASCADE,
            relation TEXT NOT NULL CHECK (relation IN ('copy', 'rewrite')),
            score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (doc, source)
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT,
            first_seen TEXT, first_seen_inferred INTEGER NOT NULL DEFAULT 0, first_doc TEXT
        );
        CREATE TABLE story_members (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            doc TEXT NOT NULL UNIQUE REFERENCES articles(doc) ON DELETE CASCADE
        );
        CREATE INDEX story_members_story ON story_members(story_id);
        """,
    ),
    (
        2,
        "stored MinHash signatures and term frequencies for incremental corpus linking",
        """
        -- One MinHash signature per article (kind 'names', 'shingles') or statement (kind 'quote');
        -- item is articles.id or statements.id. Signatures depend only on the text, so they are
        -- computed once and the LSH indexes are rebuilt from them.
        CREATE TABLE link_signatures (
            kind TEXT NOT NULL,
            item INTEGER NOT NULL,
            sig BLOB NOT NULL,
            PRIMARY KEY (kind, item)
        ) WITHOUT ROWID;
        -- Document frequencies of terms over linked articles (for TF-IDF weights).
        CREATE TABLE link_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX articles_linked ON articles(linked);
        CREATE INDEX derived_source ON derived(source);
        """,
    ),
    (
        3,
        "statements enter the full-text index per article or per batch, not by a row trigger",
        """
        -- The per-row trigger cost about twice as much as one INSERT ... SELECT per batch; the
        -- store now writes the index itself, in the transaction that adds the statements
        -- (Store.add_result, Store.index_pending).
        DROP TRIGGER statements_ai;
        """,
    ),
    (
        4,
        "statements: the parts of a quote split by its cue, the speaker's role, type and confidence",
        """
        ALTER TABLE statements ADD COLUMN parts TEXT;  -- JSON [[start, end], ...] or NULL
        ALTER TABLE statements ADD COLUMN role TEXT;
        ALTER TABLE statements ADD COLUMN speaker_type TEXT;
        ALTER TABLE statements ADD COLUMN speaker_confidence REAL;
        """,
    ),
    (
        5,
        "variant quotes: every quoted sentence matched by its words, judged against its source",
        """
        -- One row per sentence piece of an article linked into a variant cluster (corpus/matching.py):
        -- the piece need not be an extracted statement (statement_id is then null). Its source is
        -- the piece it was judged against (null for a first appearance).
        CREATE TABLE variant_quotes (
            id INTEGER PRIMARY KEY,
            cluster_id INTEGER NOT NULL REFERENCES variant_clusters(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            quoted INTEGER NOT NULL,
            speaker TEXT,
            source_quote_id INTEGER REFERENCES variant_quotes(id) ON DELETE SET NULL,
            relation TEXT NOT NULL CHECK (relation IN ('source', 'verbatim', 'altered', 'paraphrased')),
            diff TEXT NOT NULL DEFAULT '[]',     -- JSON word-level diff against the source
            changes TEXT NOT NULL DEFAULT '[]',  -- JSON list of change types (corpus/changes.py)
            severity REAL NOT NULL DEFAULT 0
        );
        CREATE INDEX variant_quotes_cluster ON variant_quotes(cluster_id);
        CREATE INDEX variant_quotes_article ON variant_quotes(article_id);
        ALTER TABLE variant_clusters ADD COLUMN severity REAL NOT NULL DEFAULT 0;
        """,
    ),
    (
        6,
        "people: one row per person or body across articles, and the names each article gives it",
        """
        -- Written by quotetrail.store.people.rebuild_people (at the end of corpus linking): a
        -- person is the canonical speakers of several articles merged by name, handle, or a
        -- surname naming one full name of the same story.
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL                 -- the fullest name among its articles' names
        );
        CREATE TABLE person_names (            -- (article, canonical speaker name there) -> person
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX person_names_person ON person_names(person_id);
        -- Every way a person is named: canonical names, aliases and handles of all its articles
        -- (written with the people, so that a speaker filter reads one small table).
        CREATE TABLE person_terms (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            term TEXT NOT NULL,
            PRIMARY KEY (person_id, term)
        ) WITHOUT ROWID;
        """,
    ),
    (
        7,
        "the full-text index holds a statement's words (the parts of a quote split by its cue), not its cue",
        """
        -- words is Statement.words of a quote split by its cue (its parts joined by ' … '), written
        -- with the row (Store.add_result); null for every other statement, whose words are its text
        -- (not stored twice). Rows stored before are filled the same way here.
        ALTER TABLE statements ADD COLUMN words TEXT;
        UPDATE statements SET words = (
            SELECT group_concat(substr(text, json_extract(p.value, '$[0]') - start + 1,
                                       json_extract(p.value, '$[1]') - json_extract(p.value, '$[0]')), ' … ')
            FROM json_each(parts) p) WHERE parts IS NOT NULL;
        CREATE VIEW statement_words AS SELECT id, article_id, coalesce(words, text) AS words, speaker FROM statements;
        DROP TRIGGER statements_ad;
        DROP TABLE statements_fts;
        CREATE VIRTUAL TABLE statements_fts USING fts5(
            words, speaker, content='statement_words', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
            INSERT INTO statements_fts(statements_fts, rowid, words, speaker)
            VALUES ('delete', old.id, coalesce(old.words, old.text), old.speaker);
        END;
        INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
        """,
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
