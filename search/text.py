"""Text prepared the same way for the index and for queries, whatever the backend.

No full-text backend here splits Chinese into words (SQLite FTS5 and PostgreSQL
see a run of characters as one token), so Chinese text is indexed as jieba's
words separated by spaces, and queries are cut the same way. Arabic is written
with or without short vowels and with several forms of some letters; both sides
are reduced to one form.
"""

import logging
import re
import unicodedata

import jieba

jieba.setLogLevel(logging.WARNING)

MAX_QUERY_LENGTH = 200
# Search engines give some punctuation a meaning of their own (SQLite FTS5 fails
# on an unmatched quote): queries are reduced to words.
NOT_A_WORD = re.compile(r"[^\w\s]+")
ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)


def is_chinese(language):
    return (language or "").lower().startswith("zh")


def normalise_arabic(text):
    return ARABIC_DIACRITICS.sub("", text).translate(ARABIC_LETTERS)


def segment_chinese(text):
    """Words and their shorter parts (jieba's search mode), separated by spaces."""
    return " ".join(word for word in jieba.cut_for_search(text) if word.strip())


def index_text(text, language):
    """The extra copy of a page's text to index for ``language`` ("" when none is needed)."""
    if is_chinese(language):
        return segment_chinese(text)
    if language == "ar":
        return normalise_arabic(text)
    return ""


def prepare_query(raw, language):
    """A visitor's query as words the index holds: cut, normalised, without operators."""
    text = unicodedata.normalize("NFKC", raw[:MAX_QUERY_LENGTH])
    if language == "ar":
        # First: short vowels are combining marks, which the word filter would split on.
        text = normalise_arabic(text)
    words = " ".join(NOT_A_WORD.sub(" ", text).split())
    return segment_chinese(words) if is_chinese(language) else words
