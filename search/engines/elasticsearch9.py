from modelsearch.backends import elasticsearch9

from search.engines import with_word_analysis

SearchBackend = with_word_analysis(elasticsearch9.SearchBackend)
