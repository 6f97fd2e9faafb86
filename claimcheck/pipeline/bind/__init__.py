"""Bind a mention to its context, one question per module.

Everything here reads one sentence (plus the article's main place and its last named
source) and answers one question, so each answer can be tested and explained on its own:

- ``sentence``: what a sentence holds once prepared (clauses, predicates, speech verbs)
- ``counted``: what a count counts ("60,000 residents")
- ``subject``: what a share, an amount of money or a duration is of
- ``predicate``: what happened to it ("killed", "trapped")
- ``place``: where it holds, and what a distance is measured from
- ``when``: when it holds
- ``source``: who says so
- ``concept``: what a figure measures, as written ("300-metre bridge" -> "bridge")
- ``holder``: whose figure it is ("Acme employs 4,000 people")
- ``stat``: what a player's figure in a game is (the game's, a career's, or neither)
- ``words``: the grammar words and token helpers they all share
"""

from __future__ import annotations

from .action import dated_action
from .concept import amount_of, concept_for
from .counted import NounInfo, compound_head, counted_noun
from .holder import carriers_of, holder_for
from .place import distance_from, is_home_of_person, scope_for
from .predicate import predicate_for
from .person import SUSPECT_ROLE, actor_named, apposed_name, clause_subject, is_suspect, parent_named, relatives_of, role_named, whose
from .price import SPEC_SUBJECT, Products, line_spec, price_of, starting_price
from .referent import OPEN_NOUN, carried_referent, open_noun, structure_size, substance_of
from .sentence import Sentence, Vocab, prepare, vocab
from .stat import game_stat, record_before
from .source import CONTRASTING, attribution_for
from .subject import Interval, bought, deal_named, distance_subject, duration_subject, interval_of, money_subject, share_subject
from .when import time_for
from .words import FUNCTION_WORDS, LOOKBACK, SUPERLATIVES, noun_singular, nounish_next, np_head, tokens_after, words_before

__all__ = [
    "CONTRASTING", "Interval", "actor_named", "apposed_name", "clause_subject", "FUNCTION_WORDS", "LOOKBACK", "SUPERLATIVES", "NounInfo", "Sentence", "Vocab", "amount_of", "attribution_for", "bought", "deal_named", "game_stat", "record_before",
    "carried_referent", "carriers_of", "compound_head", "concept_for", "counted_noun", "dated_action", "distance_from", "distance_subject", "duration_subject", "interval_of", "holder_for", "money_subject",
    "noun_singular", "nounish_next", "np_head", "OPEN_NOUN", "open_noun", "predicate_for", "prepare", "price_of", "starting_price", "line_spec", "SPEC_SUBJECT", "Products", "scope_for", "share_subject", "structure_size", "substance_of", "time_for", "tokens_after",
    "parent_named", "relatives_of", "role_named", "vocab", "whose", "words_before", "SUSPECT_ROLE", "is_suspect", "is_home_of_person",
]
