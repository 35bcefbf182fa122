from modelsearch.backends import elasticsearch8

from search.engines import with_word_analysis

SearchBackend = with_word_analysis(elasticsearch8.SearchBackend)
