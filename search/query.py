import re

MAX_QUERY_LENGTH = 200
# Search engines give some punctuation a meaning of their own (SQLite FTS5 fails
# on an unmatched quote): visitors' queries are reduced to words.
NOT_A_WORD = re.compile(r"[^\w\s]+")


def normalise_query(raw):
    """The words of a visitor's query, at most MAX_QUERY_LENGTH characters."""
    return " ".join(NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split())
