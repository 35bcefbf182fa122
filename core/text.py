"""Text prepared the same way for the index and for queries, whatever the backend.

No full-text backend here splits Chinese into words (SQLite FTS5 and PostgreSQL
see a run of characters as one token), so Chinese text is indexed as jieba's
words separated by spaces, and queries are cut the same way. The cutting is
rjieba's, jieba's algorithm and dictionary in Rust: the same words, from a
dictionary of 33 MB loaded once before the web server forks, where Python's jieba
built 60 MB of Python objects in every process that met Chinese text. Arabic is written
with or without short vowels and with several forms of some letters; both sides
are reduced to one form. English, French, Spanish and Russian words are reduced
to their Snowball stems (the stemmers PostgreSQL and OpenSearch ship), here in
Python so that SQLite, PostgreSQL and OpenSearch all stem alike.
"""

import re
import unicodedata
from functools import cache

import rjieba
import snowballstemmer

MAX_QUERY_LENGTH = 200
# Search engines give some punctuation a meaning of their own (SQLite FTS5 fails
# on an unmatched quote): queries are reduced to words.
NOT_A_WORD = re.compile(r"[^\w\s]+")
ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
# A taxonomy slug in an address: ASCII letters, digits, "-" and "_", or any other
# script's characters (tags in Chinese have Chinese slugs). Spelled without "\w", which
# means ASCII to the OpenAPI document's readers and Unicode to Python.
SLUG_PATTERN = r"^(?:[-0-9A-Za-z_]|[^\x00-\x7f])+$"
STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}


def is_chinese(language):
    return (language or "").lower().startswith("zh")


def normalise_arabic(text):
    return ARABIC_DIACRITICS.sub("", text).translate(ARABIC_LETTERS)


def segment_chinese(text):
    """Words and their shorter parts (jieba's search mode), separated by spaces."""
    return " ".join(word for word in rjieba.cut_for_search(text) if word.strip())


@cache
def stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


def stem_words(text, language):
    """``text``'s words as lower-case stems, separated by spaces."""
    words = NOT_A_WORD.sub(" ", text).lower().split()
    return " ".join(stemmer(language).stemWords(words))


def index_text(text, language):
    """The extra copy of a page's text to index for ``language`` ("" when none is needed)."""
    if is_chinese(language):
        return segment_chinese(text)
    if language == "ar":
        return normalise_arabic(text)
    if language in STEMMERS:
        return stem_words(text, language)
    return ""


def query_words(raw, language):
    """A visitor's query as plain words: normalised, without operators or punctuation."""
    text = unicodedata.normalize("NFKC", raw[:MAX_QUERY_LENGTH])
    if language == "ar":
        # First: short vowels are combining marks, which the word filter would split on.
        text = normalise_arabic(text)
    return " ".join(NOT_A_WORD.sub(" ", text).split())


def prepare_query(raw, language):
    """A visitor's query as the words the index holds: cut, normalised or stemmed."""
    words = query_words(raw, language)
    if is_chinese(language):
        return segment_chinese(words)
    if language in STEMMERS:
        return stem_words(words, language)
    return words


def prepare_prefix(raw, language):
    """A query for autocompletion: cut and normalised like the index, but not stemmed,
    since the visitor's last word is still being typed."""
    words = query_words(raw, language)
    return segment_chinese(words) if is_chinese(language) else words


def autocomplete_text(title, language):
    """The title as autocompletion sees it: Chinese cut into words, Arabic normalised,
    other languages as written (a prefix is matched against whole words, not stems)."""
    if language in STEMMERS:
        return title
    return index_text(title, language) or title


def highlight_terms(raw, language):
    """Regular expression for the words to mark in result snippets.

    Stems mark whole words that start with them ("archiv" marks "archives");
    Chinese has no spaces to end a word on, so its words are marked as they are.
    """
    words = set(query_words(raw, language).split())
    if is_chinese(language):
        words |= set(segment_chinese(" ".join(words)).split())
        start, ending = "", ""
    else:
        if language in STEMMERS:
            words |= set(stem_words(" ".join(words), language).split())
        start, ending = r"\b", r"\w*"
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(f"{start}(?:{alternatives}){ending}", re.IGNORECASE)
